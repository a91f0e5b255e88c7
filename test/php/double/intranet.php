<?php
/*
 * Test double of the intranet module: CIntranetUtils::GetStructureWithoutEmployees (cached in a
 * class-static for the life of the process) and Bitrix\Intranet\UserAbsence::isAbsentOnVacation
 * (vacation types only, from intranet:vacation_types or the default list; the month's absences cached
 * in a static for the life of the process). Loaded only by Loader::includeModule('intranet').
 * Behaviour follows docs/bitrix-api-contract.md; no Bitrix code is used.
 */

namespace {

use BxDouble\Portal;

class CIntranetUtils
{
    private static $structure;

    public static function GetStructureWithoutEmployees(bool $supportNew = true): ?array
    {
        if ($f = Portal::enter(__METHOD__)) {
            return $f['value'];
        }
        if (self::$structure === null) {
            $tree = [];
            $data = [];
            $parents = [];
            foreach (Portal::$s['departments'] as $d) {
                $parents[(int)$d['ID']] = (int)($d['IBLOCK_SECTION_ID'] ?? 0);
            }
            foreach (Portal::$s['departments'] as $d) {
                $id = (int)$d['ID'];
                $parent = (int)($d['IBLOCK_SECTION_ID'] ?? 0);
                $depth = 1;
                for ($p = $parent, $guard = 0; $p > 0 && isset($parents[$p]) && $guard < 50; $p = $parents[$p], $guard++) {
                    $depth++;
                }
                $tree[$parent][] = $id;
                $head = $d['UF_HEAD'] ?? null;
                $data[$id] = [
                    'ID' => (string)$id,
                    'NAME' => (string)($d['NAME'] ?? ''),
                    'IBLOCK_SECTION_ID' => (string)$parent,
                    'UF_HEAD' => $head === null ? '' : (string)$head,
                    'DEPTH_LEVEL' => (string)$depth,
                ];
            }
            self::$structure = ['TREE' => $tree, 'DATA' => $data];
        }
        return self::$structure;
    }

    public static function resetForDouble(): void
    {
        self::$structure = null;
    }
}

}

namespace Bitrix\Intranet {

use BxDouble\Portal;

class UserAbsence
{
    public const DEFAULT_VACATION_TYPES = ['VACATION', 'LEAVESICK', 'LEAVEMATERINITY', 'LEAVEUNPAYED'];

    /** @var array|null the absences of the month first asked for, kept for the life of the process */
    private static $month;

    public static function isAbsentOnVacation($userId, bool $returnToDate = false)
    {
        if ($f = Portal::enter(__METHOD__)) {
            return $f['value'];
        }
        $now = Portal::now();
        $monthKey = substr(Portal::day($now), 0, 7);
        if (self::$month === null || self::$month['key'] !== $monthKey) {
            self::$month = ['key' => $monthKey, 'rows' => Portal::$s['absences']];
        }
        $types = self::vacationTypes();
        foreach (self::$month['rows'] as $row) {
            if ((int)$row['USER_ID'] !== (int)$userId || !in_array((string)$row['TYPE'], $types, true)) {
                continue;
            }
            [$from, $to] = self::boundsForDouble($row);
            if ($from <= $now && $now <= $to) {
                if (!$returnToDate) {
                    return true;
                }
                $zone = Portal::zone();
                return [
                    'USER_ID' => (string)$row['USER_ID'],
                    'ENTRY_TYPE' => (string)$row['TYPE'],
                    'DATE_FROM' => (new \DateTimeImmutable('@' . $from))->setTimezone($zone)->format('d.m.Y H:i:s'),
                    'DATE_TO' => (new \DateTimeImmutable('@' . $to))->setTimezone($zone)->format('d.m.Y H:i:s'),
                ];
            }
        }
        return false;
    }

    public static function boundsForDouble(array $row): array
    {
        return Portal::absenceBounds($row);
    }

    private static function vacationTypes(): array
    {
        $raw = \Bitrix\Main\Config\Option::getForDouble('intranet', 'vacation_types', '');
        $types = $raw !== '' ? @unserialize($raw, ['allowed_classes' => false]) : false;
        return is_array($types) && $types ? array_values(array_map('strval', $types)) : self::DEFAULT_VACATION_TYPES;
    }

    public static function resetForDouble(): void
    {
        self::$month = null;
    }
}

}
