<?php
/*
 * Test double of the crm module, part 2: Bitrix\Crm\Service — Container, Factory, Context and the
 * add / update operations. Loaded only by Loader::includeModule('crm').
 * Behaviour follows docs/bitrix-api-contract.md; no Bitrix code is used.
 */

namespace Bitrix\Crm\Service {

use Bitrix\Crm\Item;
use Bitrix\Crm\PhaseSemantics;
use Bitrix\Main\Error;
use Bitrix\Main\Result;
use BxDouble\Portal;

class Container
{
    private static $instance;

    public static function getInstance(): Container
    {
        Portal::enter('Bitrix\Crm\Service\Container::getInstance');
        return self::$instance ?? (self::$instance = new self());
    }

    public function getFactory(int $entityTypeId): ?Factory
    {
        if ($f = Portal::enter('Bitrix\Crm\Service\Container::getFactory')) {
            return $f['value'];
        }
        return in_array($entityTypeId, [\CCrmOwnerType::Deal, \CCrmOwnerType::Contact], true) ? new Factory($entityTypeId) : null;
    }
}

class Context
{
    private $userId = 0;

    public function __construct(array $params = [])
    {
        Portal::enter('Bitrix\Crm\Service\Context::__construct');
    }

    public function setUserId(int $userId): Context
    {
        Portal::enter('Bitrix\Crm\Service\Context::setUserId');
        $this->userId = $userId;
        return $this;
    }

    public function getUserId(): int
    {
        return $this->userId;
    }
}

class Factory
{
    private const DEAL = ['ID' => 'int', 'TITLE' => 'string', 'CATEGORY_ID' => 'int', 'STAGE_ID' => 'string', 'STAGE_SEMANTIC_ID' => 'string',
        'ASSIGNED_BY_ID' => 'int', 'COMPANY_ID' => 'int', 'CONTACT_ID' => 'int', 'CONTACT_IDS' => 'list', 'OPPORTUNITY' => 'string',
        'CURRENCY_ID' => 'string', 'OPENED' => 'bool', 'CLOSED' => 'bool', 'SOURCE_ID' => 'string', 'COMMENTS' => 'string',
        'CREATED_BY' => 'int', 'UPDATED_BY' => 'int', 'CREATED_TIME' => 'datetime', 'UPDATED_TIME' => 'datetime'];
    private const CONTACT = ['ID' => 'int', 'NAME' => 'string', 'LAST_NAME' => 'string', 'SECOND_NAME' => 'string', 'ASSIGNED_BY_ID' => 'int',
        'COMPANY_ID' => 'int', 'OPENED' => 'bool', 'SOURCE_ID' => 'string', 'COMMENTS' => 'string', 'CREATED_BY' => 'int',
        'UPDATED_BY' => 'int', 'CREATED_TIME' => 'datetime', 'UPDATED_TIME' => 'datetime', 'TYPE_ID' => 'string'];

    private $entityTypeId;

    public function __construct(int $entityTypeId)
    {
        $this->entityTypeId = $entityTypeId;
    }

    /** The entity's fields, with the user fields the store declares for it (`userFields`: entity type id → name → type). */
    public static function fieldsForDouble(int $entityTypeId): array
    {
        $own = $entityTypeId === \CCrmOwnerType::Deal ? self::DEAL : self::CONTACT;
        $declared = Portal::$s['userFields'][$entityTypeId] ?? [];
        return $own + $declared;
    }

    public static function tableForDouble(int $entityTypeId): string
    {
        return $entityTypeId === \CCrmOwnerType::Deal ? 'deals' : 'contacts';
    }

    /** A stored row as the item's data (a deal gets CONTACT_IDS and its stage semantics). */
    public function itemForDouble(array $row): Item
    {
        if ($this->entityTypeId === \CCrmOwnerType::Deal) {
            $row['CONTACT_IDS'] = [];
            foreach (Portal::$s['dealContacts'] as $link) {
                if ((int)$link['DEAL_ID'] === (int)$row['ID']) {
                    $row['CONTACT_IDS'][] = (int)$link['CONTACT_ID'];
                }
            }
            $row['CONTACT_ID'] = $row['CONTACT_IDS'][0] ?? 0;
            $row['STAGE_SEMANTIC_ID'] = $row['STAGE_SEMANTIC_ID'] ?? PhaseSemantics::ofStageForDouble((string)($row['STAGE_ID'] ?? ''));
            $row['CATEGORY_ID'] = (int)($row['CATEGORY_ID'] ?? 0);
        }
        foreach (self::fieldsForDouble($this->entityTypeId) as $name => $type) {
            if ($type === 'int' && isset($row[$name])) {
                $row[$name] = (int)$row[$name];
            }
        }
        return new Item($this->entityTypeId, array_intersect_key($row, self::fieldsForDouble($this->entityTypeId)));
    }

    /** @return Item[] — no permission filter */
    public function getItems(array $parameters = []): array
    {
        if ($f = Portal::enter('Bitrix\Crm\Service\Factory::getItems')) {
            return $f['value'];
        }
        $schema = self::fieldsForDouble($this->entityTypeId);
        $class = $this->entityTypeId === \CCrmOwnerType::Deal ? 'Bitrix\Crm\DealTable' : 'Bitrix\Crm\ContactTable';
        foreach ((array)($parameters['select'] ?? []) as $field) {
            if ($field !== '*') {
                \BxDouble\Filter::field((string)$field, $schema, $class);
            }
        }
        $rows = [];
        $order = (array)($parameters['order'] ?? ['ID' => 'ASC']);
        $table = Portal::$s[self::tableForDouble($this->entityTypeId)];
        // when the table is in ascending ID order, an ID-ordered page can stop once it is full
        $enough = $order === ['ID' => 'ASC'] && isset($parameters['limit']) && self::idsAscending($table)
            ? (int)($parameters['offset'] ?? 0) + (int)$parameters['limit'] : null;
        foreach (\BxDouble\Filter::prefilter($table, $parameters['filter'] ?? []) as $row) {
            $data = $this->itemForDouble($row)->dataForDouble();
            if (\BxDouble\Filter::matches($data, $parameters['filter'] ?? [], $schema, $class)) {
                $rows[] = $data;
                if ($enough !== null && count($rows) >= $enough) {
                    break;
                }
            }
        }
        usort($rows, function ($a, $b) use ($order, $schema, $class) {
            foreach ($order as $field => $dir) {
                \BxDouble\Filter::field((string)$field, $schema, $class);
                $c = \BxDouble\Filter::compare($a[$field] ?? null, $b[$field] ?? null);
                if ($c !== 0) {
                    return strtoupper((string)$dir) === 'DESC' ? -$c : $c;
                }
            }
            return 0;
        });
        $rows = array_slice($rows, (int)($parameters['offset'] ?? 0), isset($parameters['limit']) ? (int)$parameters['limit'] : null);
        return array_map(function ($row) {
            return new Item($this->entityTypeId, $row);
        }, $rows);
    }

    private static function idsAscending(array $rows): bool
    {
        $last = PHP_INT_MIN;
        foreach ($rows as $row) {
            if ((int)$row['ID'] <= $last) {
                return false;
            }
            $last = (int)$row['ID'];
        }
        return true;
    }

    public function getItem(int $id, array $fieldsToSelect = ['*']): ?Item
    {
        if ($f = Portal::enter('Bitrix\Crm\Service\Factory::getItem')) {
            return $f['value'];
        }
        $row = Portal::row(self::tableForDouble($this->entityTypeId), $id);
        return $row === null ? null : $this->itemForDouble($row);
    }

    /** A new unsaved item; only known field names are copied. */
    public function createItem(array $data = []): Item
    {
        Portal::enter('Bitrix\Crm\Service\Factory::createItem');
        $known = array_intersect_key($data, self::fieldsForDouble($this->entityTypeId));
        unset($known['ID']);
        return new Item($this->entityTypeId, $known);
    }

    public function getAddOperation(Item $item, ?Context $context = null): Operation\Add
    {
        Portal::enter('Bitrix\Crm\Service\Factory::getAddOperation');
        return new Operation\Add($this, $item, $context);
    }

    public function getUpdateOperation(Item $item, ?Context $context = null): Operation\Update
    {
        Portal::enter('Bitrix\Crm\Service\Factory::getUpdateOperation');
        return new Operation\Update($this, $item, $context);
    }

    public function entityTypeIdForDouble(): int
    {
        return $this->entityTypeId;
    }
}

abstract class Operation
{
    protected $factory;
    protected $item;
    protected $context;
    protected $checkAccess = true;

    public function __construct(Factory $factory, Item $item, ?Context $context = null)
    {
        $this->factory = $factory;
        $this->item = $item;
        $this->context = $context;
    }

    public function disableCheckAccess(): self
    {
        Portal::enter('Bitrix\Crm\Service\Operation::disableCheckAccess');
        $this->checkAccess = false;
        return $this;
    }

    public function launch(): Result
    {
        if ($f = Portal::enter('Bitrix\Crm\Service\Operation::launch')) {
            return $f['value'];
        }
        $result = new Result();
        $userId = $this->context !== null ? $this->context->getUserId() : (int)Portal::setting('currentUserId');
        if ($this->checkAccess && $userId <= 0) {
            return $result->addError(new Error('Access denied', 'ACCESS_DENIED'));
        }
        return $this->save($result, $userId);
    }

    abstract protected function save(Result $result, int $userId): Result;

    /** Writes the item's fields to the row; a deal's CONTACT_IDS become deal-contact links. */
    protected function store(int $id, array $fields, int $userId, bool $isNew): void
    {
        $table = Factory::tableForDouble($this->factory->entityTypeIdForDouble());
        $contacts = $fields['CONTACT_IDS'] ?? null;
        unset($fields['CONTACT_IDS'], $fields['CONTACT_ID'], $fields['ID']);
        if ($this->factory->entityTypeIdForDouble() === \CCrmOwnerType::Deal && isset($fields['STAGE_ID'])) {
            $fields['STAGE_SEMANTIC_ID'] = PhaseSemantics::ofStageForDouble((string)$fields['STAGE_ID']);
        }
        $fields[$isNew ? 'CREATED_BY' : 'UPDATED_BY'] = $userId;
        $fields[$isNew ? 'CREATED_TIME' : 'UPDATED_TIME'] = Portal::now();
        if ($isNew) {
            Portal::insert($table, ['ID' => $id] + $fields);
        } else {
            Portal::update($table, $id, $fields);
        }
        if (is_array($contacts)) {
            Portal::delete('dealContacts', function ($l) use ($id) {
                return (int)$l['DEAL_ID'] === $id;
            });
            foreach (array_values($contacts) as $i => $contactId) {
                Portal::$s['dealContacts'][] = ['DEAL_ID' => $id, 'CONTACT_ID' => (int)$contactId, 'SORT' => 10 * ($i + 1), 'IS_PRIMARY' => $i === 0 ? 'Y' : 'N'];
            }
        }
    }
}

}

namespace Bitrix\Crm\Service\Operation {

use Bitrix\Main\Error;
use Bitrix\Main\Result;
use BxDouble\Portal;

class Add extends \Bitrix\Crm\Service\Operation
{
    protected function save(Result $result, int $userId): Result
    {
        $table = \Bitrix\Crm\Service\Factory::tableForDouble($this->factory->entityTypeIdForDouble());
        $fields = $this->item->dataForDouble();
        if ($this->factory->entityTypeIdForDouble() === \CCrmOwnerType::Deal) {
            $category = (int)($fields['CATEGORY_ID'] ?? 0);
            $fields['CATEGORY_ID'] = $category;
            $fields['STAGE_ID'] = $fields['STAGE_ID'] ?? ($category > 0 ? 'C' . $category . ':NEW' : 'NEW');
            $fields['TITLE'] = (string)($fields['TITLE'] ?? '') !== '' ? $fields['TITLE'] : 'Deal #' . Portal::nextId(Portal::$s[$table]);
        } elseif ((string)($fields['NAME'] ?? '') === '' && (string)($fields['LAST_NAME'] ?? '') === '') {
            return $result->addError(new Error('Contact name is not specified', 'CRM_FIELD_NAME_REQUIRED'));
        }
        $id = Portal::nextId(Portal::$s[$table]);
        $this->store($id, $fields, $userId, true);
        $this->item->setIdForDouble($id);
        return $result->setData(['ID' => $id]);
    }
}

class Update extends \Bitrix\Crm\Service\Operation
{
    protected function save(Result $result, int $userId): Result
    {
        $table = \Bitrix\Crm\Service\Factory::tableForDouble($this->factory->entityTypeIdForDouble());
        $id = $this->item->getId();
        if ($id <= 0 || Portal::row($table, $id) === null) {
            return $result->addError(new Error('Item not found', 'NOT_FOUND'));
        }
        $this->store($id, $this->item->changedForDouble(), $userId, false);
        return $result;
    }
}

}
