<?php
/*
 * Test double of the crm module: CCrmOwnerType, PhaseSemantics, the service container and factories
 * for deals and contacts (getItems without permission filter, getItem, createItem, add and update
 * operations returning Bitrix\Main\Result), Item, Context, and DealContactTable::getContactDealIDs.
 * Deals carry CATEGORY_ID, STAGE_ID and STAGE_SEMANTIC_ID (P/S/F); deal-contact links are the store's
 * "dealContacts". Loaded only by Loader::includeModule('crm').
 * Behaviour follows docs/bitrix-api-contract.md; no Bitrix code is used.
 */

namespace {

class CCrmOwnerType
{
    public const Undefined = 0;
    public const Lead = 1;
    public const Deal = 2;
    public const Contact = 3;
    public const Company = 4;
    public const LeadName = 'LEAD';
    public const DealName = 'DEAL';
    public const ContactName = 'CONTACT';
    public const CompanyName = 'COMPANY';
}

}

namespace Bitrix\Crm {

use Bitrix\Main\ArgumentException;
use BxDouble\Portal;

class PhaseSemantics
{
    public const UNDEFINED = '';
    public const PROCESS = 'P';
    public const SUCCESS = 'S';
    public const FAILURE = 'F';

    /** The semantics of a stage id when a row does not say: *WON is S, *LOSE / *APOLOGY is F, else P. */
    public static function ofStageForDouble(string $stage): string
    {
        if (preg_match('/(^|:)WON$/', $stage)) {
            return self::SUCCESS;
        }
        return preg_match('/(^|:)(LOSE|APOLOGY)$/', $stage) ? self::FAILURE : self::PROCESS;
    }
}

class Item
{
    public const FIELD_NAME_ID = 'ID';
    public const FIELD_NAME_TITLE = 'TITLE';
    public const FIELD_NAME_ASSIGNED = 'ASSIGNED_BY_ID';
    public const FIELD_NAME_CATEGORY_ID = 'CATEGORY_ID';
    public const FIELD_NAME_STAGE_ID = 'STAGE_ID';
    public const FIELD_NAME_STAGE_SEMANTIC_ID = 'STAGE_SEMANTIC_ID';
    public const FIELD_NAME_CONTACT_IDS = 'CONTACT_IDS';

    private $entityTypeId;
    private $data;
    private $changed = [];

    public function __construct(int $entityTypeId, array $data)
    {
        $this->entityTypeId = $entityTypeId;
        $this->data = $data;
    }

    public function entityTypeIdForDouble(): int
    {
        return $this->entityTypeId;
    }

    public function dataForDouble(): array
    {
        return $this->data;
    }

    public function changedForDouble(): array
    {
        return array_intersect_key($this->data, $this->changed);
    }

    public function setIdForDouble(int $id): void
    {
        $this->data['ID'] = $id;
        $this->changed = [];
    }

    public function get(string $commonFieldName)
    {
        Portal::enter('Bitrix\Crm\Item::get');
        $this->check($commonFieldName);
        return $this->data[$commonFieldName] ?? null;
    }

    /** The entity's own fields and the user fields the portal declared for it (`userFields` of the store). */
    public function hasField(string $commonFieldName): bool
    {
        Portal::enter('Bitrix\Crm\Item::hasField');
        return array_key_exists($commonFieldName, Service\Factory::fieldsForDouble($this->entityTypeId));
    }

    public function set(string $commonFieldName, $value): self
    {
        Portal::enter('Bitrix\Crm\Item::set');
        $this->check($commonFieldName);
        $this->data[$commonFieldName] = $value;
        $this->changed[$commonFieldName] = true;
        return $this;
    }

    public function getId(): int
    {
        Portal::enter('Bitrix\Crm\Item::getId');
        return (int)($this->data['ID'] ?? 0);
    }

    /** setAssignedById / getAssignedById and the like. */
    public function __call($name, $arguments)
    {
        if (preg_match('/^(get|set)([A-Z][A-Za-z]*)$/', $name, $m)) {
            $field = strtoupper(preg_replace('/(?<!^)([A-Z])/', '_$1', $m[2]));
            $field = str_replace('CONTACT_I_DS', 'CONTACT_IDS', $field);
            return $m[1] === 'get' ? $this->get($field) : $this->set($field, $arguments[0] ?? null);
        }
        throw new \Error('Call to undefined method ' . static::class . '::' . $name . '()');
    }

    private function check(string $field): void
    {
        if (!array_key_exists($field, Service\Factory::fieldsForDouble($this->entityTypeId))) {
            throw new ArgumentException(sprintf('Unknown field name %s', $field));
        }
    }
}

}

namespace Bitrix\Crm\Binding {

use Bitrix\Main\ArgumentException;
use BxDouble\Portal;

/** The deal–contact bindings (b_crm_deal_contact), a DataManager with a composite primary key. */
class DealContactTable extends \Bitrix\Main\ORM\Data\DataManager
{
    public static function getTableName()
    {
        return 'b_crm_deal_contact';
    }

    public static function schemaForDouble(): array
    {
        return ['DEAL_ID' => 'int', 'CONTACT_ID' => 'int', 'SORT' => 'int', 'ROLE_ID' => 'int', 'IS_PRIMARY' => 'bool'];
    }

    /** deal id => contact ids, in one query; ids ≤ 0 are dropped, an empty list gives []. */
    public static function getDealsContactIds(array $dealIds): array
    {
        if ($f = Portal::enter(__METHOD__)) {
            return $f['value'];
        }
        $wanted = [];
        foreach ($dealIds as $id) {
            if ((int)$id > 0) {
                $wanted[(int)$id] = true;
            }
        }
        $result = [];
        foreach (Portal::$s['dealContacts'] as $link) {
            if (isset($wanted[(int)$link['DEAL_ID']])) {
                $result[(int)$link['DEAL_ID']][] = (int)$link['CONTACT_ID'];
            }
        }
        return $result;
    }

    public static function getContactDealIDs($contactID)
    {
        if ($f = Portal::enter(__METHOD__)) {
            return $f['value'];
        }
        if ((int)$contactID <= 0) {
            throw new ArgumentException('Must be greater than zero', 'contactID');
        }
        $ids = [];
        foreach (Portal::$s['dealContacts'] as $link) {
            if ((int)$link['CONTACT_ID'] === (int)$contactID) {
                $ids[] = (int)$link['DEAL_ID'];
            }
        }
        return $ids;
    }
}

}
