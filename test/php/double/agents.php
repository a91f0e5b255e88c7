<?php
/*
 * Test double of Bitrix agents: CAgent::AddAgent / RemoveAgent / RemoveModuleAgents on the store's
 * agent table, and BxDouble\AgentRunner, which runs due agents the way CAgent::ExecuteAgents does
 * (selection, 600-s lock, module include, $pPERIOD, $USER = null, CTimeZone disabled, eval of NAME,
 * delete on an empty result, reschedule otherwise, lock kept and RETRY_COUNT grown on a Throwable).
 * Behaviour follows docs/bitrix-api-contract.md; no Bitrix code is used.
 */

namespace {

use BxDouble\Portal;

class CAgent
{
    public const LOCK_TIME = 600;

    public static function AddAgent($name, $module = '', $period = 'N', $interval = 86400, $datecheck = '', $active = 'Y', $next_exec = '', $sort = 100, $user_id = false, $existError = true)
    {
        global $APPLICATION;
        if ($f = Portal::enter(__METHOD__)) {
            return $f['value'];
        }
        $userId = $user_id ? (int)$user_id : null;
        foreach (Portal::$s['agents'] as $agent) {
            if ($agent['NAME'] === (string)$name && $agent['USER_ID'] === $userId) {
                if (!$existError) {
                    return (string)$agent['ID'];
                }
                if (is_object($APPLICATION) && method_exists($APPLICATION, 'ThrowException')) {
                    $APPLICATION->ThrowException('Agent "' . $name . '" already exists.', 'agent_exist');
                }
                return false;
            }
        }
        $errors = [];
        if ((function_exists('mb_strlen') ? mb_strlen(trim((string)$name)) : strlen(trim((string)$name))) <= 2) {
            $errors[] = 'NAME';
        }
        $next = Portal::now();
        if ((string)$next_exec !== '') {
            $parsed = self::parseFull((string)$next_exec);
            if ($parsed === null) {
                $errors[] = 'NEXT_EXEC';
            } else {
                $next = $parsed;
            }
        }
        if ($errors) {
            if (is_object($APPLICATION) && method_exists($APPLICATION, 'ThrowException')) {
                $APPLICATION->ThrowException('Invalid agent fields: ' . implode(', ', $errors), 'agent_fields');
            }
            return false;
        }
        return Portal::insert('agents', [
            'NAME' => (string)$name,
            'MODULE_ID' => (string)$module,
            'USER_ID' => $userId,
            'SORT' => (int)$sort,
            'ACTIVE' => (string)$active,
            'IS_PERIOD' => (string)$period,
            'AGENT_INTERVAL' => (int)$interval,
            'NEXT_EXEC' => $next,
            'LAST_EXEC' => null,
            'DATE_CHECK' => null,
            'RUNNING' => 'N',
            'RETRY_COUNT' => 0,
        ]);
    }

    /** A date in the site FULL format (DD.MM.YYYY HH:MI:SS; the time may be left out), server zone. */
    public static function parseFull(string $value): ?int
    {
        foreach (['!d.m.Y H:i:s', '!d.m.Y H:i', '!d.m.Y'] as $format) {
            $d = \DateTime::createFromFormat($format, trim($value), Portal::zone());
            $errors = \DateTime::getLastErrors();
            if ($d !== false && (!is_array($errors) || ($errors['warning_count'] === 0 && $errors['error_count'] === 0))) {
                return $d->getTimestamp();
            }
        }
        return null;
    }

    public static function RemoveAgent($name, $module = '', $user_id = false)
    {
        if ($f = Portal::enter(__METHOD__)) {
            return $f['value'];
        }
        $userId = $user_id ? (int)$user_id : null;
        Portal::delete('agents', function ($a) use ($name, $module, $userId) {
            $moduleOk = trim((string)$module) === '' ? (string)$a['MODULE_ID'] === '' : $a['MODULE_ID'] === (string)$module;
            return $a['NAME'] === (string)$name && $moduleOk && $a['USER_ID'] === $userId;
        });
    }

    public static function RemoveModuleAgents($module)
    {
        if ($f = Portal::enter(__METHOD__)) {
            return $f['value'];
        }
        self::removeModuleAgentsForDouble((string)$module);
    }

    public static function removeModuleAgentsForDouble(string $module): void
    {
        if ($module !== '') {
            Portal::delete('agents', function ($a) use ($module) {
                return $a['MODULE_ID'] === $module;
            });
        }
    }
}

}

namespace BxDouble {

use Bitrix\Main\Loader;

final class AgentRunner
{
    /**
     * One pass over due agents. Returns one report per selected agent: id, name, outcome
     * (deleted | rescheduled | failed | skipped), result, nextExec, error.
     */
    public static function run(int $limit = 100): array
    {
        $now = Portal::now();
        $cron = Portal::setting('cron');
        $due = array_values(array_filter(Portal::$s['agents'], function ($a) use ($now, $cron) {
            if ($a['ACTIVE'] !== 'Y' || (int)$a['NEXT_EXEC'] > $now || ($a['DATE_CHECK'] !== null && (int)$a['DATE_CHECK'] > $now)) {
                return false;
            }
            return $cron === null || ($cron ? $a['IS_PERIOD'] === 'N' : $a['IS_PERIOD'] === 'Y');
        }));
        usort($due, function ($a, $b) {
            return [$a['RUNNING'], -$a['SORT'], $a['ID']] <=> [$b['RUNNING'], -$b['SORT'], $b['ID']];
        });
        $due = array_slice($due, 0, $limit);
        foreach ($due as $agent) {
            Portal::update('agents', $agent['ID'], ['DATE_CHECK' => $now + \CAgent::LOCK_TIME]);
        }
        $reports = [];
        foreach ($due as $agent) {
            $reports[] = self::runOne($agent);
        }
        return $reports;
    }

    private static function runOne(array $agent): array
    {
        $report = ['id' => (int)$agent['ID'], 'name' => $agent['NAME'], 'module' => $agent['MODULE_ID']];
        if ($agent['MODULE_ID'] !== '' && $agent['MODULE_ID'] !== 'main' && !Loader::includeForDouble($agent['MODULE_ID'])) {
            return $report + ['outcome' => 'skipped', 'reason' => 'module ' . $agent['MODULE_ID'] . ' not included'];
        }
        Portal::update('agents', $agent['ID'], ['RUNNING' => 'Y', 'RETRY_COUNT' => (int)$agent['RETRY_COUNT'] + 1]);
        $callsBefore = Portal::$calls;
        $GLOBALS['pPERIOD'] = (int)$agent['AGENT_INTERVAL'];
        \CTimeZone::Disable();
        $GLOBALS['USER'] = null;
        try {
            $result = self::evaluate((string)$agent['NAME']);
        } catch (\Throwable $e) {
            \CTimeZone::Enable();
            $error = 'Error in agent ' . $agent['NAME'] . ' ' . get_class($e) . ': ' . $e->getMessage() . ' at ' . basename($e->getFile()) . ':' . $e->getLine();
            Portal::note($error);
            return $report + ['outcome' => 'failed', 'error' => $error, 'calls' => self::delta($callsBefore)];
        }
        \CTimeZone::Enable();
        $report['result'] = $result;
        $report['calls'] = self::delta($callsBefore);
        if ($result == '') {
            Portal::delete('agents', function ($a) use ($agent) {
                return (int)$a['ID'] === (int)$agent['ID'];
            });
            return $report + ['outcome' => 'deleted'];
        }
        $current = Portal::row('agents', $agent['ID']);
        $base = $current !== null && $agent['IS_PERIOD'] === 'Y' ? (int)$current['NEXT_EXEC'] : Portal::now();
        $next = $base + (int)$GLOBALS['pPERIOD'];
        Portal::update('agents', $agent['ID'], [
            'NAME' => (string)$result,
            'LAST_EXEC' => Portal::now(),
            'NEXT_EXEC' => $next,
            'DATE_CHECK' => null,
            'RUNNING' => 'N',
            'RETRY_COUNT' => 0,
        ]);
        return $report + ['outcome' => 'rescheduled', 'nextExec' => $next];
    }

    /** Runs NAME as the portal does: eval('$eval_result=' . NAME), with $pPERIOD and $USER global. */
    private static function evaluate(string $name)
    {
        global $pPERIOD, $USER;
        $eval_result = '';
        eval('$eval_result=' . $name);
        return $eval_result;
    }

    /** Calls per symbol made since a snapshot of the counters. */
    public static function delta(array $before): array
    {
        $out = [];
        foreach (Portal::$calls as $symbol => $n) {
            $d = $n - ($before[$symbol] ?? 0);
            if ($d > 0) {
                $out[$symbol] = $d;
            }
        }
        ksort($out);
        return $out;
    }
}

}
