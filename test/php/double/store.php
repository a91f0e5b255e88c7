<?php
/*
 * The portal store of the Bitrix24 test double: every piece of portal state lives in one array
 * (Portal::$s) that a story seeds from JSON and dumps back to JSON. Also the double's clock, the
 * call counter per Bitrix symbol, fault injection and the per-process caches.
 *
 * Written for b24route's tests; it restates documented Bitrix behaviour, it contains no Bitrix code.
 */

namespace BxDouble {

final class Portal
{
    /** @var array the whole portal state */
    public static $s = [];
    /** @var array<string,int> calls per Bitrix symbol since the story started */
    public static $calls = [];
    /** @var array[] active faults: symbol, mode, class, message, value, times, skip */
    public static $faults = [];
    /** @var callable[] resets of process-static caches (a new PHP hit) */
    private static $resets = [];
    /** @var string[] notes the double itself wants in the transcript (swallowed warnings, logged agent errors) */
    public static $notes = [];
    /** @var array[] every event the double dispatched: module, type, handlers run, results */
    public static $fired = [];

    /** Portal modules the double implements, with the files that stand for their include.php. */
    public const PORTAL_MODULES = [
        'main' => [],
        'pull' => [],
        'im' => ['im.php'],
        'imopenlines' => ['imopenlines.php', 'imopenlines-queue.php', 'imopenlines-chat.php', 'imopenlines-portal.php'],
        'crm' => ['crm.php', 'crm-service.php'],
        'intranet' => ['intranet.php'],
        'timeman' => ['timeman.php'],
        'bizproc' => ['bizproc.php'],
    ];

    public static function defaults(): array
    {
        return [
            'clock' => 1798794000, // 2027-01-01 09:00:00 UTC; stories set their own
            'timezone' => 'UTC',
            'modules' => ['main', 'pull', 'im', 'imopenlines', 'crm', 'intranet', 'timeman'],
            'users' => [],
            'absences' => [],
            'workdays' => [],
            'departments' => [],
            'lines' => [],
            'queue' => [],
            'sessions' => [],
            'sessionChecks' => [],
            'chats' => [],
            'relations' => [],
            'recent' => [],
            'messages' => [],
            'notifications' => [],
            'activities' => [],
            'contacts' => [],
            'deals' => [],
            'dealContacts' => [],
            // user fields the portal declared for CRM entities: entity type id => field name => type
            'userFields' => [],
            'eventHandlers' => [],
            'agents' => [],
            'options' => [],
            'eventLog' => [],
            'tracking' => [],
            'locks' => [],
            'tables' => [],
            'seq' => [],
            'settings' => [
                'lang' => 'en',
                'siteId' => 's1',
                'groupRight' => 'W',
                'sessid' => 'double-sessid',
                'onlineWindow' => 1440,
                'onlineCacheSeconds' => 5,
                'timemanExpireAfter' => 86400,
                'useTimeZones' => false,
                'userOffset' => 0,
                'cron' => null,
                'currentUserId' => 0,
            ],
        ];
    }

    public static function reset(): void
    {
        self::$s = self::defaults();
        self::$calls = [];
        self::$faults = [];
        self::$notes = [];
        self::$fired = [];
        self::newProcess();
    }

    /** Merges a seed into the store: lists replace lists, settings merge key by key. */
    public static function seed(array $seed): void
    {
        foreach ($seed as $key => $value) {
            if ($key === 'settings' && is_array($value)) {
                self::$s['settings'] = array_merge(self::$s['settings'], $value);
            } elseif ($key === 'tables' && is_array($value)) {
                self::$s['tables'] = array_merge(self::$s['tables'], $value);
            } else {
                self::$s[$key] = $value;
            }
        }
    }

    /** The store as JSON-ready data (maps as objects even when empty). */
    public static function dump(?array $only = null): array
    {
        $out = self::$s;
        $out['tables'] = (object)$out['tables'];
        $out['seq'] = (object)$out['seq'];
        $out['settings'] = (object)$out['settings'];
        if ($only !== null) {
            $out = array_intersect_key($out, array_flip($only));
        }
        return $out;
    }

    // ---- clock --------------------------------------------------------------------------------

    public static function now(): int
    {
        return (int)self::$s['clock'];
    }

    public static function zone(): \DateTimeZone
    {
        return new \DateTimeZone((string)self::$s['timezone']);
    }

    /** Server-time calendar date (Y-m-d) of a timestamp. */
    public static function day(int $ts): string
    {
        return (new \DateTimeImmutable('@' . $ts))->setTimezone(self::zone())->format('Y-m-d');
    }

    // ---- tables -------------------------------------------------------------------------------

    public static function &table(string $name): array
    {
        if (!isset(self::$s[$name]) || !is_array(self::$s[$name])) {
            self::$s[$name] = [];
        }
        return self::$s[$name];
    }

    /** The next id of a list: above every id it has or had (ids are never reused, as AUTO_INCREMENT). */
    public static function nextId(array $rows, ?string $table = null): int
    {
        $max = 0;
        foreach ($rows as $row) {
            $max = max($max, (int)($row['ID'] ?? 0));
        }
        if ($table !== null) {
            $max = max($max, (int)(self::$s['seq'][$table] ?? 0));
            self::$s['seq'][$table] = $max + 1;
        }
        return $max + 1;
    }

    /** Index of the row with this key value in a store list, or null. */
    public static function find(string $table, $value, string $key = 'ID'): ?int
    {
        foreach (self::table($table) as $i => $row) {
            if (isset($row[$key]) && (string)$row[$key] === (string)$value) {
                return $i;
            }
        }
        return null;
    }

    public static function row(string $table, $value, string $key = 'ID'): ?array
    {
        $i = self::find($table, $value, $key);
        return $i === null ? null : self::$s[$table][$i];
    }

    public static function insert(string $table, array $row): int
    {
        $rows = &self::table($table);
        if (!isset($row['ID']) || (int)$row['ID'] <= 0) {
            $row = ['ID' => self::nextId($rows, $table)] + $row;
        }
        $rows[] = $row;
        return (int)$row['ID'];
    }

    public static function update(string $table, $id, array $fields): bool
    {
        $i = self::find($table, $id);
        if ($i === null) {
            return false;
        }
        self::$s[$table][$i] = array_merge(self::$s[$table][$i], $fields);
        return true;
    }

    /** Deletes rows matching a predicate; returns how many went. */
    public static function delete(string $table, callable $match): int
    {
        $rows = &self::table($table);
        $before = count($rows);
        $rows = array_values(array_filter($rows, function ($row) use ($match) {
            return !$match($row);
        }));
        return $before - count($rows);
    }

    /** An absence's FROM/TO as timestamps; 'Y-m-d' days count whole (to the end of the last day). */
    public static function absenceBounds(array $row): array
    {
        $edge = function ($value, bool $end) {
            if (is_numeric($value)) {
                return (int)$value;
            }
            $d = new \DateTimeImmutable((string)$value, self::zone());
            return strlen((string)$value) <= 10 && $end ? $d->setTime(23, 59, 59)->getTimestamp() : $d->getTimestamp();
        };
        return [$edge($row['FROM'], false), $edge($row['TO'], true)];
    }

    public static function setting(string $name)
    {
        return self::$s['settings'][$name] ?? null;
    }

    public static function moduleInstalled(string $id): bool
    {
        return in_array(strtolower($id), self::$s['modules'], true);
    }

    // ---- counters and faults ------------------------------------------------------------------

    /**
     * Every Bitrix symbol of the double starts with this: counts the call, then applies a fault
     * aimed at the symbol. Returns null to go on, or ['value' => v] to return v at once.
     */
    public static function enter(string $symbol): ?array
    {
        $symbol = ltrim($symbol, '\\');
        self::$calls[$symbol] = (self::$calls[$symbol] ?? 0) + 1;
        self::gate($symbol);
        foreach (self::$faults as $i => $fault) {
            if ($fault['symbol'] !== $symbol) {
                continue;
            }
            if (($fault['skip'] ?? 0) > 0) {
                self::$faults[$i]['skip']--;
                return null;
            }
            if (isset($fault['times'])) {
                self::$faults[$i]['times']--;
                if (self::$faults[$i]['times'] <= 0) {
                    unset(self::$faults[$i]);
                    self::$faults = array_values(self::$faults);
                }
            }
            return self::apply($fault);
        }
        return null;
    }

    /** Owners of the portal modules' symbols (main's are always there). */
    private const OWNERS = [
        'Bitrix\\ImOpenLines\\' => 'imopenlines', 'Bitrix\\Im\\' => 'im', 'CIMNotify::' => 'im', 'Bitrix\\Crm\\' => 'crm',
        'Bitrix\\Intranet\\' => 'intranet', 'CIntranetUtils::' => 'intranet', 'CTimeManUser::' => 'timeman',
    ];

    /**
     * PHP cannot unload a class, so a portal module's class stays defined after a first include even
     * in a later simulated process. Using it in a process that has not included its module fails the
     * way it would on a portal: "Class not found".
     */
    private static function gate(string $symbol): void
    {
        foreach (self::OWNERS as $prefix => $module) {
            if (strpos($symbol, $prefix) === 0 && !\Bitrix\Main\Loader::isLoadedForDouble($module)) {
                $class = substr($symbol, 0, (int)strpos($symbol, '::'));
                throw new \Error(sprintf('Class "%s" not found (module %s is not included in this process)', $class, $module));
            }
        }
    }

    private static function apply(array $fault): ?array
    {
        $message = $fault['message'] ?? ('injected fault in ' . $fault['symbol']);
        switch ($fault['mode']) {
            case 'exception':
                $class = $fault['class'] ?? \Exception::class;
                if (!class_exists($class) || !is_subclass_of($class, \Throwable::class) && $class !== \Exception::class) {
                    $class = \Exception::class;
                }
                throw new $class($message);
            case 'error':
                throw new \Error($message);
            case 'false':
                return ['value' => false];
            case 'null':
                return ['value' => null];
            case 'return':
                return ['value' => $fault['value'] ?? null];
            case 'resultError':
                return ['value' => (new \Bitrix\Main\Result())->addError(new \Bitrix\Main\Error($message))];
        }
        throw new \LogicException('unknown fault mode ' . $fault['mode']);
    }

    /** Adds a fault; see run.php for the story form. */
    public static function inject(array $fault): void
    {
        if (isset($fault['module'])) {
            $id = strtolower((string)$fault['module']);
            if (($fault['mode'] ?? 'absent') === 'absent') {
                self::$s['modules'] = array_values(array_diff(self::$s['modules'], [$id]));
            } else {
                self::$s['modules'][] = $id;
                self::$s['modules'] = array_values(array_unique(self::$s['modules']));
            }
            \Bitrix\Main\Loader::forgetForDouble($id);
            return;
        }
        if (!isset($fault['symbol'], $fault['mode'])) {
            throw new \InvalidArgumentException('a fault needs symbol and mode (or module)');
        }
        $fault['symbol'] = ltrim((string)$fault['symbol'], '\\');
        self::$faults[] = $fault;
    }

    public static function clearFaults(?string $symbol = null): void
    {
        self::$faults = $symbol === null ? [] : array_values(array_filter(self::$faults, function ($f) use ($symbol) {
            return $f['symbol'] !== ltrim($symbol, '\\');
        }));
    }

    // ---- process caches -----------------------------------------------------------------------

    public static function onNewProcess(callable $reset): void
    {
        self::$resets[] = $reset;
    }

    /** A new PHP hit: every process-static cache of the double starts empty. */
    public static function newProcess(): void
    {
        foreach (self::$resets as $reset) {
            $reset();
        }
    }

    public static function note(string $text): void
    {
        self::$notes[] = $text;
    }
}

}

namespace BxDouble {

/** Turns what PHP code returns into JSON-ready data for the transcript. */
final class Json
{
    public static function plain($value, int $depth = 0)
    {
        if ($depth > 16) {
            return '…';
        }
        if ($value instanceof \Bitrix\Main\Type\Date) {
            return ['$datetime' => $value->getTimestampForDouble()];
        }
        if ($value instanceof \Bitrix\Main\EventResult) {
            return ['$eventResult' => $value->getType(), 'parameters' => self::plain($value->getParameters(), $depth + 1)];
        }
        if ($value instanceof \Throwable) {
            return ['$throwable' => get_class($value), 'message' => $value->getMessage()];
        }
        if ($value instanceof \stdClass) {
            return (object)self::plain((array)$value, $depth);
        }
        if (is_object($value)) {
            $out = ['$object' => get_class($value)];
            if (method_exists($value, 'describeForDouble')) {
                $out += $value->describeForDouble();
            }
            return $out;
        }
        if (is_array($value)) {
            $out = [];
            foreach ($value as $k => $v) {
                $out[$k] = self::plain($v, $depth + 1);
            }
            return $out;
        }
        if (is_float($value) && (is_nan($value) || is_infinite($value))) {
            return (string)$value;
        }
        return $value;
    }
}

}
