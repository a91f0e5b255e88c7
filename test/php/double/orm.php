<?php
/*
 * Test double of the Bitrix D7 ORM as far as the module uses it: DataManager::getList / getById / add /
 * getEntity, Entity::createDbTable, the scalar fields, the query result (fetch, fetchAll), the
 * filter operators, and Bitrix\Main\UserTable. Portal tables read the store lists; a module's own
 * tables live in the store under "tables". Rows come back as a MySQL row would: integers as strings,
 * datetimes as Bitrix\Main\Type\DateTime, serialized fields unserialized, multiple user fields as int[].
 * Behaviour follows docs/bitrix-api-contract.md; no Bitrix code is used.
 */

namespace Bitrix\Main\DB {

class SqlQueryException extends \Bitrix\Main\SystemException
{
}

}

namespace Bitrix\Main\ORM\Fields {

class Field
{
    protected $name;
    protected $parameters;

    public function __construct($name, $parameters = [])
    {
        $this->name = (string)$name;
        $this->parameters = is_array($parameters) ? $parameters : [];
    }

    public function getName()
    {
        return $this->name;
    }

    public function typeForDouble(): string
    {
        return 'string';
    }

    public function parameterForDouble(string $key)
    {
        return $this->parameters[$key] ?? null;
    }
}

/** A runtime field; the double computes only `COUNT(*)` (or `COUNT(1)`) over `group`. */
class ExpressionField extends Field
{
    private $expression;

    public function __construct($name, $expression, $buildFrom = null, $parameters = array())
    {
        \BxDouble\Portal::enter('Bitrix\\Main\\ORM\\Fields\\ExpressionField::__construct');
        parent::__construct($name, is_array($parameters) ? $parameters : []);
        $this->expression = (string)$expression;
    }

    public function isCountForDouble(): bool
    {
        return in_array(strtoupper(str_replace(' ', '', $this->expression)), ['COUNT(*)', 'COUNT(1)'], true);
    }
}

class ScalarField extends Field
{
    public function configurePrimary($value = true)
    {
        $this->parameters['primary'] = (bool)$value;
        return $this;
    }

    public function configureAutocomplete($value = true)
    {
        $this->parameters['autocomplete'] = (bool)$value;
        return $this;
    }

    public function configureRequired($value = true)
    {
        $this->parameters['required'] = (bool)$value;
        return $this;
    }
}

class IntegerField extends ScalarField
{
    public function typeForDouble(): string
    {
        return 'int';
    }
}

class StringField extends ScalarField
{
    public function configureSize($size)
    {
        $this->parameters['size'] = (int)$size;
        return $this;
    }
}

}

namespace Bitrix\Main\ORM\Query {

class Result
{
    private $rows;

    public function __construct(array $rows)
    {
        $this->rows = $rows;
    }

    public function fetch()
    {
        $row = array_shift($this->rows);
        return $row === null ? false : $row;
    }

    public function fetchAll()
    {
        $rows = $this->rows;
        $this->rows = [];
        return $rows;
    }

    public function getSelectedRowsCount()
    {
        return count($this->rows);
    }
}

}

namespace Bitrix\Main\ORM\Data {

use Bitrix\Main\ArgumentException;
use Bitrix\Main\DB\SqlQueryException;
use Bitrix\Main\ORM\Entity;
use Bitrix\Main\ORM\Query\Result as QueryResult;
use Bitrix\Main\SystemException;
use Bitrix\Main\Type\DateTime;
use BxDouble\Portal;

class AddResult extends \Bitrix\Main\Result
{
    private $id;

    public function setId($id)
    {
        $this->id = $id;
    }

    public function getId()
    {
        return $this->id;
    }
}

abstract class DataManager
{
    /** Store lists that stand for portal tables. */
    private const PORTAL_TABLES = [
        'b_user' => 'users',
        'b_imopenlines_session' => 'sessions',
        'b_imopenlines_queue' => 'queue',
        'b_imopenlines_config' => 'lines',
        'b_im_relation' => 'relations',
        'b_im_recent' => 'recent',
        'b_crm_deal_contact' => 'dealContacts',
    ];

    public static function getTableName()
    {
        return null;
    }

    public static function getMap()
    {
        return [];
    }

    public static function storeOfTable(string $table): ?string
    {
        return self::PORTAL_TABLES[$table] ?? null;
    }

    /** The symbol a call is counted under: the portal class itself, or DataManager for a module's table. */
    protected static function symbolForDouble(string $method): string
    {
        return (strpos(static::class, 'Bitrix\\') === 0 ? static::class : self::class) . '::' . $method;
    }

    /** Field name => type (int, string, bool, datetime, serialized, intlist). */
    public static function schemaForDouble(): array
    {
        $schema = [];
        foreach (static::getMap() as $key => $field) {
            if ($field instanceof \Bitrix\Main\ORM\Fields\Field) {
                $schema[$field->getName()] = $field->typeForDouble();
            } elseif (is_array($field)) {
                $schema[$key] = ($field['data_type'] ?? '') === 'integer' ? 'int' : 'string';
            }
        }
        return $schema;
    }

    /** @return array rows of the table (a reference into the store) */
    protected static function &rowsForDouble(): array
    {
        $table = (string)static::getTableName();
        if (isset(self::PORTAL_TABLES[$table])) {
            return Portal::table(self::PORTAL_TABLES[$table]);
        }
        if (!array_key_exists($table, Portal::$s['tables'])) {
            throw new SqlQueryException("Table '" . $table . "' doesn't exist");
        }
        return Portal::$s['tables'][$table];
    }

    public static function getEntity()
    {
        Portal::enter(static::symbolForDouble('getEntity'));
        return new Entity(static::class);
    }

    public static function getById($id)
    {
        if ($f = Portal::enter(static::symbolForDouble('getById'))) {
            return $f['value'];
        }
        return static::query(['filter' => ['=ID' => $id]]);
    }

    public static function getList(array $parameters = [])
    {
        if ($f = Portal::enter(static::symbolForDouble('getList'))) {
            return $f['value'];
        }
        return static::query($parameters);
    }

    protected static function query(array $parameters): QueryResult
    {
        foreach (array_keys($parameters) as $key) {
            if (!in_array($key, ['select', 'filter', 'order', 'limit', 'offset', 'group', 'runtime', 'cache', 'count_total', 'data_doubling'], true)) {
                throw new ArgumentException(sprintf('Unknown parameter: %s', $key));
            }
        }
        $schema = static::schemaForDouble();
        $counts = [];
        foreach ($parameters['runtime'] ?? [] as $field) {
            if (!($field instanceof \Bitrix\Main\ORM\Fields\ExpressionField) || !$field->isCountForDouble()) {
                throw new \LogicException('the double computes only COUNT(*) runtime fields');
            }
            $counts[$field->getName()] = true;
        }
        $select = self::expandSelect(array_values(array_filter($parameters['select'] ?? ['*'], function ($f) use ($counts) {
            return !isset($counts[(string)$f]);
        })), $schema);
        $rows = array_values(array_filter(\BxDouble\Filter::prefilter(static::rowsForDouble(), $parameters['filter'] ?? []), function ($row) use ($parameters, $schema) {
            return \BxDouble\Filter::matches($row, $parameters['filter'] ?? [], $schema, static::class);
        }));
        $order = $parameters['order'] ?? [];
        if ($order) {
            $keys = [];
            foreach ($order as $field => $dir) {
                if (is_int($field)) {
                    $field = $dir;
                    $dir = 'ASC';
                }
                \BxDouble\Filter::field($field, $schema, static::class);
                $keys[] = [$field, strtoupper((string)$dir) === 'DESC' ? -1 : 1];
            }
            usort($rows, function ($a, $b) use ($keys) {
                foreach ($keys as [$field, $sign]) {
                    $c = \BxDouble\Filter::compare($a[$field] ?? null, $b[$field] ?? null);
                    if ($c !== 0) {
                        return $c * $sign;
                    }
                }
                return 0;
            });
        }
        if (isset($parameters['group'])) {
            // GROUP BY the fields, COUNT(*) per group, in the order groups first appear
            $groups = [];
            foreach ($rows as $row) {
                $key = json_encode(array_map(function ($f) use ($row) {
                    return $row[$f] ?? null;
                }, $parameters['group']));
                if (!isset($groups[$key])) {
                    $groups[$key] = ['row' => $row, 'n' => 0];
                }
                $groups[$key]['n']++;
            }
            $rows = [];
            foreach ($groups as $g) {
                foreach (array_keys($counts) as $name) {
                    $g['row'][$name] = $g['n'];
                }
                $rows[] = $g['row'];
            }
            foreach (array_keys($counts) as $name) {
                $schema[$name] = 'int';
                $select[$name] = $name;
            }
        }
        $rows = array_slice($rows, (int)($parameters['offset'] ?? 0), isset($parameters['limit']) ? (int)$parameters['limit'] : null);
        $out = [];
        foreach ($rows as $row) {
            $item = [];
            foreach ($select as $alias => $field) {
                $item[$alias] = self::fromDb($row[$field] ?? null, $schema[$field]);
            }
            $out[] = $item;
        }
        return new QueryResult($out);
    }

    private static function expandSelect(array $select, array $schema): array
    {
        $out = [];
        foreach ($select as $alias => $field) {
            $field = (string)$field;
            if ($field === '*' || $field === 'UF_*') {
                foreach ($schema as $name => $type) {
                    if (($field === '*') !== (strpos($name, 'UF_') === 0)) {
                        $out[$name] = $name;
                    }
                }
                continue;
            }
            \BxDouble\Filter::field($field, $schema, static::class);
            $out[is_int($alias) ? $field : $alias] = $field;
        }
        return $out;
    }

    /** A stored value as a fetched row gives it. */
    private static function fromDb($value, string $type)
    {
        if ($value === null) {
            return $type === 'intlist' ? [] : ($type === 'serialized' ? null : null);
        }
        switch ($type) {
            case 'int':
                return (string)(int)$value;
            case 'bool':
                return $value === true || $value === 'Y' ? 'Y' : 'N';
            case 'datetime':
                return DateTime::createFromTimestampForDouble((int)$value);
            case 'serialized':
                return is_string($value) ? unserialize($value, ['allowed_classes' => false]) : $value;
            case 'intlist':
                return array_values(array_map('intval', (array)$value));
            default:
                return is_array($value) ? $value : (string)$value;
        }
    }

    public static function add(array $data)
    {
        if ($f = Portal::enter(static::symbolForDouble('add'))) {
            return $f['value'];
        }
        $result = new AddResult();
        $rows = &static::rowsForDouble();
        $row = [];
        foreach (static::getMap() as $field) {
            if (!($field instanceof \Bitrix\Main\ORM\Fields\Field)) {
                continue;
            }
            $name = $field->getName();
            if ($field->parameterForDouble('autocomplete')) {
                continue;
            }
            $value = $data[$name] ?? null;
            if ($field->parameterForDouble('required') && ($value === null || $value === '')) {
                $result->addError(new \Bitrix\Main\Error(sprintf('Field "%s" is required', $name), 'BX_ERROR'));
            }
            if ($value !== null && $field->parameterForDouble('size') && strlen((string)$value) > $field->parameterForDouble('size')) {
                $result->addError(new \Bitrix\Main\Error(sprintf('Field "%s" is too long', $name), 'BX_ERROR'));
            }
            $row[$name] = $value === null ? null : ($field->typeForDouble() === 'int' ? (int)$value : (string)$value);
        }
        foreach (array_keys($data) as $name) {
            if (!array_key_exists($name, static::schemaForDouble())) {
                throw new ArgumentException(sprintf('%s Entity has no `%s` field.', static::class, $name));
            }
        }
        if (!$result->isSuccessForDouble()) {
            return $result;
        }
        $id = Portal::nextId($rows);
        $rows[] = ['ID' => $id] + $row;
        $result->setId($id);
        return $result;
    }

    /**
     * DataManager::update($primary, $data): sets the fields of the row; an unknown field throws, a
     * Bitrix DateTime is stored as its timestamp; like the real UPDATE, a missing row is no error.
     */
    public static function update($primary, array $data)
    {
        if ($f = Portal::enter(static::symbolForDouble('update'))) {
            return $f['value'];
        }
        $schema = static::schemaForDouble();
        foreach (array_keys($data) as $name) {
            if (!array_key_exists($name, $schema)) {
                throw new ArgumentException(sprintf('%s Entity has no `%s` field.', static::class, $name));
            }
        }
        $id = is_array($primary) ? (int)($primary['ID'] ?? 0) : (int)$primary;
        $rows = &static::rowsForDouble();
        foreach ($rows as $i => $row) {
            if ((int)$row['ID'] === $id) {
                foreach ($data as $name => $value) {
                    $rows[$i][$name] = $value instanceof \Bitrix\Main\Type\Date ? $value->getTimestamp() : $value;
                }
            }
        }
        return new UpdateResult();
    }

    /** DataManager::delete($primary): removes the row; like the real DELETE, a missing row is no error. */
    public static function delete($primary)
    {
        if ($f = Portal::enter(static::symbolForDouble('delete'))) {
            return $f['value'];
        }
        $id = is_array($primary) ? (int)($primary['ID'] ?? 0) : (int)$primary;
        $rows = &static::rowsForDouble();
        $rows = array_values(array_filter($rows, function ($row) use ($id) {
            return (int)$row['ID'] !== $id;
        }));
        return new DeleteResult();
    }
}

class DeleteResult extends \Bitrix\Main\Result
{
}

class UpdateResult extends \Bitrix\Main\Result
{
}

}

namespace Bitrix\Main\ORM {

use Bitrix\Main\DB\SqlQueryException;
use BxDouble\Portal;

class Entity
{
    private $class;

    public function __construct(string $class)
    {
        $this->class = $class;
    }

    public function createDbTable()
    {
        if ($f = Portal::enter('Bitrix\Main\ORM\Entity::createDbTable')) {
            return $f['value'];
        }
        $class = $this->class;
        $table = (string)$class::getTableName();
        if (array_key_exists($table, Portal::$s['tables']) || Data\DataManager::storeOfTable($table) !== null) {
            throw new SqlQueryException("Table '" . $table . "' already exists");
        }
        Portal::$s['tables'][$table] = [];
    }
}

}

namespace Bitrix\Main {

use BxDouble\Portal;

class UserTable extends ORM\Data\DataManager
{
    public static function getTableName()
    {
        return 'b_user';
    }

    public static function getUfId()
    {
        return 'USER';
    }

    public static function schemaForDouble(): array
    {
        $schema = [
            'ID' => 'int', 'ACTIVE' => 'bool', 'LOGIN' => 'string', 'NAME' => 'string', 'LAST_NAME' => 'string',
            'EMAIL' => 'string', 'WORK_POSITION' => 'string', 'EXTERNAL_AUTH_ID' => 'string', 'LAST_ACTIVITY_DATE' => 'datetime',
            'PERSONAL_MOBILE' => 'string',
        ];
        // UF_DEPARTMENT is a user field the intranet module creates: without intranet it does not exist.
        if (Portal::moduleInstalled('intranet')) {
            $schema['UF_DEPARTMENT'] = 'intlist';
        }
        return $schema;
    }
}

}
