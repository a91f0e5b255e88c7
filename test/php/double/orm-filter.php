<?php
/*
 * The ORM filter of the test double: operators =, !=, !, @, !@, <, >, <=, >=, ><, !><, %, !%, and
 * LOGIC (AND / OR) with nested groups, on the stored rows. Unknown fields throw as the ORM does.
 * Written for b24route's tests; no Bitrix code is used.
 */

namespace BxDouble {

use Bitrix\Main\SystemException;

final class Filter
{
    private const OPERATORS = ['!><', '!=%', '!@', '!=', '!%', '><', '>=', '<=', '=%', '%=', '@', '=', '!', '%', '>', '<'];

    /** Checks a field name against the schema; throws for an unknown one (and for references). */
    public static function field(string $name, array $schema, string $class): string
    {
        if (!array_key_exists($name, $schema)) {
            throw new SystemException(sprintf('Unknown field definition `%s` (%s) for %s Entity.', $name, $name, $class));
        }
        return $schema[$name];
    }

    /**
     * A quick, conservative pass before `matches`: drops raw rows that a top-level `@FIELD` (list) or
     * `>FIELD` (number) condition of an AND filter surely rejects. It never drops a row `matches` keeps;
     * it only spares the double's large tables a full evaluation of every row.
     */
    public static function prefilter(array $rows, array $filter): array
    {
        if (strtoupper((string)($filter['LOGIC'] ?? 'AND')) === 'OR') {
            return $rows;
        }
        foreach ($filter as $key => $value) {
            if (!is_string($key)) {
                continue;
            }
            if (strpos($key, '@') === 0 && is_array($value) && $value !== []) {
                $field = substr($key, 1);
                $set = [];
                foreach ($value as $v) {
                    if (!is_scalar($v)) {
                        continue 2;
                    }
                    $set[(string)$v] = true;
                }
                $rows = array_filter($rows, static function ($row) use ($field, $set) {
                    return !array_key_exists($field, $row) || !is_scalar($row[$field]) || isset($set[(string)$row[$field]]);
                });
            } elseif (strpos($key, '>') === 0 && strpos($key, '>=') !== 0 && strpos($key, '><') !== 0 && is_numeric($value)) {
                $field = substr($key, 1);
                $rows = array_filter($rows, static function ($row) use ($field, $value) {
                    return !isset($row[$field]) || !is_numeric($row[$field]) || $row[$field] > $value;
                });
            }
        }
        return $rows;
    }

    public static function matches(array $row, array $filter, array $schema, string $class): bool
    {
        $logic = strtoupper((string)($filter['LOGIC'] ?? 'AND'));
        unset($filter['LOGIC']);
        if (!$filter) {
            return true;
        }
        foreach ($filter as $key => $value) {
            if (is_int($key)) {
                $ok = is_array($value) ? self::matches($row, $value, $schema, $class) : true;
            } else {
                $ok = self::condition($row, (string)$key, $value, $schema, $class);
            }
            if ($logic === 'OR' && $ok) {
                return true;
            }
            if ($logic !== 'OR' && !$ok) {
                return false;
            }
        }
        return $logic !== 'OR';
    }

    private static function condition(array $row, string $key, $value, array $schema, string $class): bool
    {
        $op = '';
        foreach (self::OPERATORS as $candidate) {
            if (strpos($key, $candidate) === 0) {
                $op = $candidate;
                break;
            }
        }
        $name = substr($key, strlen($op));
        $type = self::field($name, $schema, $class);
        $stored = $row[$name] ?? null;
        if ($type === 'intlist') {
            // a multiple field matches when one of its values does; a negation when none does
            $negative = in_array($op, ['!=', '!', '!@'], true);
            $positive = $negative ? ($op === '!@' ? '@' : '=') : ($op === '' ? '=' : $op);
            $any = false;
            foreach ((array)$stored as $one) {
                $any = $any || self::scalar($one, $positive, $value, 'int');
            }
            return $negative ? !$any : $any;
        }
        return self::scalar($stored, $op === '' ? '=' : $op, $value, $type);
    }

    private static function scalar($stored, string $op, $value, string $type): bool
    {
        $stored = self::normal($stored, $type);
        switch ($op) {
            case '=':
                if (is_array($value)) {
                    return self::in($stored, $value, $type);
                }
                return $value === null ? $stored === null : $stored !== null && self::compare($stored, self::normal($value, $type)) === 0;
            case '!=':
            case '!':
                if (is_array($value)) {
                    return !self::in($stored, $value, $type);
                }
                return $value === null ? $stored !== null : $stored === null || self::compare($stored, self::normal($value, $type)) !== 0;
            case '@':
                return self::in($stored, (array)$value, $type);
            case '!@':
                return !self::in($stored, (array)$value, $type);
            case '<':
                return $stored !== null && self::compare($stored, self::normal($value, $type)) < 0;
            case '>':
                return $stored !== null && self::compare($stored, self::normal($value, $type)) > 0;
            case '<=':
                return $stored !== null && self::compare($stored, self::normal($value, $type)) <= 0;
            case '>=':
                return $stored !== null && self::compare($stored, self::normal($value, $type)) >= 0;
            case '><':
            case '!><':
                $in = $stored !== null && self::compare($stored, self::normal($value[0], $type)) >= 0 && self::compare($stored, self::normal($value[1], $type)) <= 0;
                return $op === '><' ? $in : !$in;
            case '%':
            case '=%':
            case '%=':
            case '!%':
            case '!=%':
                $pattern = (string)$value;
                $hit = $stored !== null && ($op === '%' || $op === '!%' ? stripos((string)$stored, $pattern) !== false : self::like((string)$stored, $pattern));
                return $op[0] === '!' ? !$hit : $hit;
        }
        return false;
    }

    private static function in($stored, array $values, string $type): bool
    {
        if ($stored === null) {
            return false;
        }
        foreach ($values as $v) {
            if ($v !== null && self::compare($stored, self::normal($v, $type)) === 0) {
                return true;
            }
        }
        return false;
    }

    private static function like(string $subject, string $pattern): bool
    {
        $re = '/^' . str_replace(['%', '_'], ['.*', '.'], preg_quote($pattern, '/')) . '$/iu';
        $re = str_replace(['\\.\\*', '\\.'], ['.*', '.'], $re);
        return (bool)preg_match($re, $subject);
    }

    /** A stored or filter value in comparable form: ints, timestamps, Y/N, strings. */
    private static function normal($value, string $type)
    {
        if ($value === null) {
            return null;
        }
        if ($value instanceof \Bitrix\Main\Type\Date) {
            return $value->getTimestampForDouble();
        }
        switch ($type) {
            case 'int':
            case 'intlist':
                return is_numeric($value) ? (int)$value : (string)$value;
            case 'datetime':
                if (is_numeric($value)) {
                    return (int)$value;
                }
                $d = \DateTime::createFromFormat('!d.m.Y H:i:s', (string)$value, \BxDouble\Portal::zone())
                    ?: \DateTime::createFromFormat('!d.m.Y', (string)$value, \BxDouble\Portal::zone());
                return $d ? $d->getTimestamp() : (string)$value;
            case 'bool':
                return $value === true || $value === 'Y' ? 'Y' : ($value === false || $value === 'N' ? 'N' : (string)$value);
        }
        return is_scalar($value) ? (string)$value : $value;
    }

    /** SQL-like ordering: NULL first, numbers numerically, strings case-insensitively. */
    public static function compare($a, $b): int
    {
        if ($a instanceof \Bitrix\Main\Type\Date) {
            $a = $a->getTimestampForDouble();
        }
        if ($b instanceof \Bitrix\Main\Type\Date) {
            $b = $b->getTimestampForDouble();
        }
        if ($a === null || $b === null) {
            return ($a === null ? 0 : 1) - ($b === null ? 0 : 1);
        }
        if (is_numeric($a) && is_numeric($b)) {
            return $a + 0 <=> $b + 0;
        }
        if (is_bool($a) || is_bool($b)) {
            return (int)$a <=> (int)$b;
        }
        if (is_array($a) || is_array($b)) {
            return $a == $b ? 0 : 1;
        }
        return strcasecmp((string)$a, (string)$b) <=> 0;
    }
}

}
