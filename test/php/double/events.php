<?php
/*
 * Test double of the Bitrix event system: EventManager (registration in the store, dispatch with the
 * VERSION 1 / VERSION 2 argument shapes), Event and EventResult.
 * Behaviour follows docs/bitrix-api-contract.md; no Bitrix code is used.
 */

namespace Bitrix\Main {

use BxDouble\Portal;

class EventResult
{
    public const UNDEFINED = 0;
    public const SUCCESS = 1;
    public const ERROR = 2;

    protected $type;
    protected $parameters;
    protected $moduleId;
    protected $handler;

    public function __construct($type = self::UNDEFINED, $parameters = null, $moduleId = null, $handler = null)
    {
        $this->type = $type;
        $this->parameters = $parameters;
        $this->moduleId = $moduleId;
        $this->handler = $handler;
    }

    public function getType()
    {
        return $this->type;
    }

    public function getParameters()
    {
        return $this->parameters;
    }

    public function getModuleId()
    {
        return $this->moduleId;
    }

    public function getHandler()
    {
        return $this->handler;
    }
}

class Event
{
    protected $moduleId;
    protected $type;
    protected $parameters;
    protected $filter;
    protected $results = [];

    public function __construct($moduleId, $type, $parameters = [], $filter = null)
    {
        $this->moduleId = $moduleId;
        $this->type = $type;
        $this->parameters = is_array($parameters) ? $parameters : [];
        $this->filter = $filter;
    }

    public function getModuleId()
    {
        return $this->moduleId;
    }

    public function getEventType()
    {
        return $this->type;
    }

    public function getFilter()
    {
        return $this->filter;
    }

    public function getParameters()
    {
        Portal::enter('Bitrix\Main\Event::getParameters');
        return $this->parameters;
    }

    public function getParameter($key)
    {
        Portal::enter('Bitrix\Main\Event::getParameter');
        return $this->parameters[$key] ?? null;
    }

    /** The parameters without counting a call (the double's own reads). */
    public function parametersForDouble(): array
    {
        return $this->parameters;
    }

    public function setParameter($key, $value)
    {
        $this->parameters[$key] = $value;
    }

    public function send($sender = null)
    {
        EventManager::instanceForDouble()->sendForDouble($this);
    }

    public function addResult(EventResult $result)
    {
        $this->results[] = $result;
    }

    /** @return EventResult[] */
    public function getResults()
    {
        return $this->results;
    }
}

class EventManager
{
    private static $instance;

    public static function getInstance()
    {
        Portal::enter(__METHOD__);
        return self::instanceForDouble();
    }

    public static function instanceForDouble(): self
    {
        if (self::$instance === null) {
            self::$instance = new self();
        }
        return self::$instance;
    }

    public function registerEventHandler($fromModuleId, $eventType, $toModuleId, $toClass = '', $toMethod = '', $sort = 100, $toPath = '', $toMethodArg = [])
    {
        if ($f = Portal::enter('Bitrix\Main\EventManager::registerEventHandler')) {
            return $f['value'];
        }
        $this->register($fromModuleId, $eventType, $toModuleId, $toClass, $toMethod, $sort, $toPath, $toMethodArg, 2);
    }

    public function registerEventHandlerCompatible($fromModuleId, $eventType, $toModuleId, $toClass = '', $toMethod = '', $sort = 100, $toPath = '', $toMethodArg = [])
    {
        if ($f = Portal::enter('Bitrix\Main\EventManager::registerEventHandlerCompatible')) {
            return $f['value'];
        }
        $this->register($fromModuleId, $eventType, $toModuleId, $toClass, $toMethod, $sort, $toPath, $toMethodArg, 1);
    }

    private function register($from, $type, $to, $class, $method, $sort, $path, $arg, int $version): void
    {
        $row = [
            'FROM_MODULE_ID' => (string)$from,
            'MESSAGE_ID' => (string)$type,
            'TO_MODULE_ID' => (string)$to,
            'TO_CLASS' => (string)$class,
            'TO_METHOD' => (string)$method,
            'SORT' => (int)$sort,
            'TO_PATH' => (string)$path,
            'TO_METHOD_ARG' => is_array($arg) ? $arg : [],
            'VERSION' => $version,
        ];
        foreach (Portal::$s['eventHandlers'] as $existing) {
            // the unique key: everything but SORT (INSERT IGNORE keeps the first row)
            $a = $existing;
            unset($a['ID'], $a['SORT']);
            $b = $row;
            unset($b['SORT']);
            if ($a == $b) {
                return;
            }
        }
        Portal::insert('eventHandlers', $row);
    }

    public function unRegisterEventHandler($fromModuleId, $eventType, $toModuleId, $toClass = '', $toMethod = '', $toPath = '', $toMethodArg = [])
    {
        if ($f = Portal::enter('Bitrix\Main\EventManager::unRegisterEventHandler')) {
            return $f['value'];
        }
        $arg = is_array($toMethodArg) ? $toMethodArg : [];
        Portal::delete('eventHandlers', function ($h) use ($fromModuleId, $eventType, $toModuleId, $toClass, $toMethod, $toPath, $arg) {
            return $h['FROM_MODULE_ID'] === (string)$fromModuleId && $h['MESSAGE_ID'] === (string)$eventType
                && $h['TO_MODULE_ID'] === (string)$toModuleId && $h['TO_CLASS'] === (string)$toClass
                && $h['TO_METHOD'] === (string)$toMethod && $h['TO_PATH'] === (string)$toPath && $h['TO_METHOD_ARG'] == $arg;
        });
    }

    /** Handlers of an event, by SORT then registration order (module and type are case-insensitive). */
    public function handlersForDouble(string $moduleId, string $type): array
    {
        $rows = array_values(array_filter(Portal::$s['eventHandlers'], function ($h) use ($moduleId, $type) {
            return strtoupper($h['FROM_MODULE_ID']) === strtoupper($moduleId) && strtoupper($h['MESSAGE_ID']) === strtoupper($type);
        }));
        usort($rows, function ($a, $b) {
            return [$a['SORT'], $a['ID']] <=> [$b['SORT'], $b['ID']];
        });
        return $rows;
    }

    /** Dispatch as the portal does; a handler's exception goes up to whoever fired the event. */
    public function sendForDouble(Event $event): void
    {
        $record = ['module' => $event->getModuleId(), 'type' => $event->getEventType(), 'handlers' => []];
        $index = count(Portal::$fired);
        Portal::$fired[] = &$record;
        foreach ($this->handlersForDouble((string)$event->getModuleId(), (string)$event->getEventType()) as $handler) {
            $entry = ['handler' => $handler['TO_CLASS'] . '::' . $handler['TO_METHOD'], 'version' => $handler['VERSION'], 'called' => false];
            try {
                $this->sendToHandler($handler, $event, $entry);
            } catch (\Throwable $e) {
                $entry['threw'] = get_class($e) . ': ' . $e->getMessage();
                $record['handlers'][] = $entry;
                throw $e;
            }
            $record['handlers'][] = $entry;
        }
        $record['results'] = array_map(function (EventResult $r) {
            return ['type' => $r->getType(), 'parameters' => \BxDouble\Json::plain($r->getParameters()), 'moduleId' => $r->getModuleId()];
        }, $event->getResults());
        unset($record);
    }

    private function sendToHandler(array $handler, Event $event, array &$entry): void
    {
        $result = true;
        $includeResult = true;
        if ($handler['TO_MODULE_ID'] !== '' && $handler['TO_MODULE_ID'] !== 'main') {
            $result = Loader::includeForDouble($handler['TO_MODULE_ID']);
        } elseif ($handler['TO_PATH'] !== '') {
            $path = Loader::root() . '/local/' . ltrim($handler['TO_PATH'], '/');
            if (!file_exists($path)) {
                $path = Loader::root() . '/bitrix/' . ltrim($handler['TO_PATH'], '/');
            }
            if (file_exists($path)) {
                $includeResult = include_once $path;
            }
        }
        if (!$result) {
            $entry['skipped'] = 'module ' . $handler['TO_MODULE_ID'] . ' not included';
            return;
        }
        $args = $handler['TO_METHOD_ARG'] ?: [];
        if ($handler['VERSION'] > 1) {
            $args[] = $event;
        } else {
            $args = array_merge($args, array_values($event->parametersForDouble()));
        }
        $callback = null;
        if ($handler['TO_CLASS'] !== '' && $handler['TO_METHOD'] !== '' && class_exists($handler['TO_CLASS'])) {
            $callback = [$handler['TO_CLASS'], $handler['TO_METHOD']];
        }
        if ($callback !== null) {
            $entry['called'] = true;
            $result = call_user_func_array($callback, $args);
        } else {
            $entry['skipped'] = 'class ' . $handler['TO_CLASS'] . ' not found';
            $result = $includeResult;
        }
        if ($result != null && !($result instanceof EventResult)) {
            $result = new EventResult(EventResult::UNDEFINED, $result, $handler['TO_MODULE_ID'] ?: null);
        }
        if ($result != null) {
            $event->addResult($result);
        }
    }
}

}
