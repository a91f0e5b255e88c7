<?php
/*
 * Test double of the imopenlines module, part 1: the ORM models (SessionTable, QueueTable,
 * ConfigTable), Session (runtime object of events, STATUS_* constants), Config constants, Im
 * (userIsOnline with its 5-s cache, addMessage with hidden/system flags), Queue::returnSessionToQueue
 * and Crm\Common activity bindings. Loaded only by Loader::includeModule('imopenlines').
 * Behaviour follows docs/bitrix-api-contract.md; no Bitrix code is used.
 */

namespace Bitrix\ImOpenLines\Model {

class SessionTable extends \Bitrix\Main\ORM\Data\DataManager
{
    public static function getTableName()
    {
        return 'b_imopenlines_session';
    }

    public static function schemaForDouble(): array
    {
        $s = ['ID' => 'int', 'MODE' => 'string', 'SOURCE' => 'string', 'STATUS' => 'int', 'CONFIG_ID' => 'int', 'USER_ID' => 'int',
            'OPERATOR_ID' => 'int', 'OPERATOR_FROM_CRM' => 'bool', 'USER_CODE' => 'string', 'CHAT_ID' => 'int', 'CRM' => 'bool',
            'CRM_CREATE' => 'bool', 'CRM_CREATE_LEAD' => 'bool', 'CRM_CREATE_COMPANY' => 'bool', 'CRM_CREATE_CONTACT' => 'bool',
            'CRM_CREATE_DEAL' => 'bool', 'CRM_ACTIVITY_ID' => 'int', 'DATE_CREATE' => 'datetime', 'DATE_OPERATOR' => 'datetime', 'DATE_OPERATOR_ANSWER' => 'datetime',
            'DATE_CLOSE' => 'datetime', 'CLOSED' => 'bool', 'PAUSE' => 'bool', 'WAIT_ANSWER' => 'bool', 'QUEUE_HISTORY' => 'serialized',
            'PARENT_ID' => 'int', 'IS_FIRST' => 'bool'];
        if (\BxDouble\Portal::setting('line') !== 'H') {
            $s['EXTRA_DEVICE_TYPE'] = 'string';
        }
        return $s;
    }

    /** A row as getList returns it, uncounted (the double's own events carry it). */
    public static function rowForDouble(int $id): ?array
    {
        $row = static::query(['filter' => ['=ID' => $id]])->fetch();
        return is_array($row) ? $row : null;
    }
}

class QueueTable extends \Bitrix\Main\ORM\Data\DataManager
{
    public static function getTableName()
    {
        return 'b_imopenlines_queue';
    }

    public static function schemaForDouble(): array
    {
        return ['ID' => 'int', 'SORT' => 'int', 'CONFIG_ID' => 'int', 'USER_ID' => 'int', 'DEPARTMENT_ID' => 'int',
            'LAST_ACTIVITY_DATE' => 'datetime', 'LAST_ACTIVITY_DATE_EXACT' => 'int', 'USER_NAME' => 'string',
            'USER_WORK_POSITION' => 'string', 'USER_AVATAR' => 'string', 'USER_AVATAR_ID' => 'int'];
    }
}

class ConfigTable extends \Bitrix\Main\ORM\Data\DataManager
{
    public static function getTableName()
    {
        return 'b_imopenlines_config';
    }

    public static function schemaForDouble(): array
    {
        return ['ID' => 'int', 'ACTIVE' => 'bool', 'LINE_NAME' => 'string', 'QUEUE_TYPE' => 'string', 'CHECK_AVAILABLE' => 'bool',
            'CRM' => 'bool', 'CRM_CREATE' => 'string', 'CRM_CREATE_SECOND' => 'string', 'CRM_CREATE_THIRD' => 'string',
            'CRM_FORWARD' => 'bool', 'CRM_TRANSFER_CHANGE' => 'bool', 'WELCOME_BOT_ENABLE' => 'bool', 'WELCOME_BOT_ID' => 'int',
            'WELCOME_BOT_JOIN' => 'string', 'WELCOME_BOT_TIME' => 'int', 'WELCOME_BOT_LEFT' => 'string', 'MAX_CHAT' => 'int',
            'TYPE_MAX_CHAT' => 'string', 'QUEUE_TIME' => 'int'];
    }

    public static function rowForDouble(int $id): ?array
    {
        $row = static::query(['filter' => ['=ID' => $id]])->fetch();
        return is_array($row) ? $row : null;
    }
}

}

namespace Bitrix\ImOpenLines {

use BxDouble\Portal;

class Config
{
    public const QUEUE_TYPE_EVENLY = 'evenly';
    public const QUEUE_TYPE_STRICTLY = 'strictly';
    public const QUEUE_TYPE_ALL = 'all';
}

/** The runtime session object events carry; it reads the store live. */
class Session
{
    public const STATUS_NEW = 0;
    public const STATUS_SKIP = 5;
    public const STATUS_ANSWER = 10;
    public const STATUS_CLIENT = 20;
    public const STATUS_CLIENT_AFTER_OPERATOR = 25;
    public const STATUS_OPERATOR = 40;
    public const STATUS_WAIT_CLIENT = 50;
    public const STATUS_CLOSE = 60;
    public const STATUS_SPAM = 65;
    public const STATUS_DUPLICATE = 69;
    public const STATUS_SILENTLY_CLOSE = 75;

    private $id;

    public function __construct(int $sessionId = 0)
    {
        $this->id = $sessionId;
    }

    public function getData($field = '')
    {
        Portal::enter('Bitrix\ImOpenLines\Session::getData');
        $row = Model\SessionTable::rowForDouble($this->id) ?? [];
        return $field === '' ? $row : ($row[$field] ?? null);
    }

    public function getConfig($field = '')
    {
        Portal::enter('Bitrix\ImOpenLines\Session::getConfig');
        $session = Portal::row('sessions', $this->id);
        $row = $session ? (Model\ConfigTable::rowForDouble((int)$session['CONFIG_ID']) ?? []) : [];
        return $field === '' ? $row : ($row[$field] ?? null);
    }

    public function getChat()
    {
        $session = Portal::row('sessions', $this->id);
        return new Chat($session ? (int)$session['CHAT_ID'] : 0);
    }

    public function describeForDouble(): array
    {
        return ['sessionId' => $this->id];
    }
}

class Im
{
    /** @var array<int,array{0:bool,1:int}> answers of the last 5 s */
    private static $online = [];

    public static function userIsOnline($id): bool
    {
        if ($f = Portal::enter(__METHOD__)) {
            return (bool)$f['value'];
        }
        $id = (int)$id;
        $now = Portal::now();
        if (isset(self::$online[$id]) && $now - self::$online[$id][1] < (int)Portal::setting('onlineCacheSeconds')) {
            return self::$online[$id][0];
        }
        $user = Portal::row('users', $id);
        $last = $user['LAST_ACTIVITY_DATE'] ?? null;
        $online = $user !== null && $last !== null && $now - (int)$last <= (int)Portal::setting('onlineWindow') && empty($user['IDLE']);
        self::$online[$id] = [$online, $now];
        return $online;
    }

    /** int message id | false; always an open-line message (MESSAGE_TYPE L). */
    public static function addMessage(array $fields)
    {
        if ($f = Portal::enter(__METHOD__)) {
            return $f['value'];
        }
        $chat = Portal::row('chats', $fields['TO_CHAT_ID'] ?? 0);
        if ($chat === null || trim((string)($fields['MESSAGE'] ?? '')) === '' && empty($fields['ATTACH'])) {
            return false;
        }
        $yes = function ($key) use ($fields) {
            return isset($fields[$key]) && $fields[$key] === 'Y' ? 'Y' : 'N';
        };
        $params = isset($fields['PARAMS']) && is_array($fields['PARAMS']) ? $fields['PARAMS'] : [];
        $system = $yes('SYSTEM');
        $skip = $yes('SKIP_CONNECTOR');
        $important = $yes('IMPORTANT_CONNECTOR');
        return Portal::insert('messages', [
            'CHAT_ID' => (int)$chat['ID'],
            'AUTHOR_ID' => (int)($fields['FROM_USER_ID'] ?? 0),
            'MESSAGE' => (string)$fields['MESSAGE'],
            'MESSAGE_TYPE' => 'L',
            'SYSTEM' => $system,
            'SKIP_CONNECTOR' => $skip,
            'IMPORTANT_CONNECTOR' => $important,
            'URL_PREVIEW' => isset($fields['URL_PREVIEW']) ? (string)$fields['URL_PREVIEW'] : 'Y',
            'PARAMS' => $params,
            'HIDDEN' => ($params['COMPONENT_ID'] ?? '') === 'HiddenMessage',
            'SENT_TO_CLIENT' => !($skip === 'Y' || ($system === 'Y' && $important !== 'Y')),
            'DATE_CREATE' => Portal::now(),
        ]);
    }

    public static function resetForDouble(): void
    {
        self::$online = [];
    }
}

class Queue
{
    public const REASON_DEFAULT = 'DEFAULT';
    public const REASON_VACATION = 'VACATION';
    public const REASON_NONWORKING = 'NONWORKING';
    public const REASON_NONWORKING_SILENT = 'NONWORKING_SILENT';
    public const REASON_DISMISSAL = 'DISMISSAL';
    public const REASON_REMOVING = 'REMOVING';
    public const REASON_NOT_AVAILABLE = 'NOT_AVAILABLE';
    public const REASON_OFFLINE = 'OFFLINE';

    /** Only marks the session for the queue agent (DATE_QUEUE = now); no lock, no event. */
    public static function returnSessionToQueue($sessionId, string $reasonReturn = self::REASON_DEFAULT): void
    {
        if (Portal::enter(__METHOD__)) {
            return;
        }
        $i = Portal::find('sessionChecks', $sessionId, 'SESSION_ID');
        if ($i !== null) {
            Portal::$s['sessionChecks'][$i]['DATE_QUEUE'] = Portal::now();
            Portal::$s['sessionChecks'][$i]['REASON_RETURN'] = $reasonReturn;
        }
    }
}

}

namespace Bitrix\ImOpenLines\Crm {

use Bitrix\Main\Error;
use Bitrix\Main\Result;
use BxDouble\Portal;

class Common
{
    /** Result with ['LEAD'|'COMPANY'|'CONTACT'|'DEAL' => lowest bound id]; an error for id 0 or an unknown activity. */
    public static function getActivityBindings($id)
    {
        if ($f = Portal::enter(__METHOD__)) {
            return $f['value'];
        }
        $result = new Result();
        $activity = (int)$id > 0 ? Portal::row('activities', $id) : null;
        if ($activity === null) {
            return $result->addError(new Error('Activity not found', 'ACTIVITY_NOT_FOUND'));
        }
        $data = [];
        foreach ($activity['BINDINGS'] ?? [] as $binding) {
            $type = (string)$binding['OWNER_TYPE'];
            $owner = (int)$binding['OWNER_ID'];
            if (!isset($data[$type]) || $owner < $data[$type]) {
                $data[$type] = $owner;
            }
        }
        return $result->setData($data);
    }

    /**
     * Chats of the open-line sessions whose CRM activity is bound to the entity, newest first: rows
     * CHAT_ID / CONNECTOR_ID / CONNECTOR_TITLE with string ids, one per chat and connector. With
     * $activeOnly only sessions with STATUS from ANSWER (10) up to, not including, WAIT_CLIENT (50).
     * An unknown entity type gives [].
     */
    public static function getChatsByCrmEntity($crmEntityType, $crmEntityId, $activeOnly = true): array
    {
        if ($f = Portal::enter(__METHOD__)) {
            return $f['value'];
        }
        $type = strtoupper((string)$crmEntityType);
        if (!in_array($type, ['LEAD', 'DEAL', 'CONTACT', 'COMPANY'], true)) {
            return [];
        }
        $rows = [];
        $seen = [];
        foreach (array_reverse(Portal::$s['sessions']) as $session) {
            $status = (int)$session['STATUS'];
            if ($activeOnly && ($status < 10 || $status >= 50)) {
                continue;
            }
            $activity = (int)$session['CRM_ACTIVITY_ID'] > 0 ? Portal::row('activities', $session['CRM_ACTIVITY_ID']) : null;
            $bound = false;
            foreach ($activity['BINDINGS'] ?? [] as $binding) {
                $bound = $bound || ((string)$binding['OWNER_TYPE'] === $type && (int)$binding['OWNER_ID'] === (int)$crmEntityId);
            }
            $key = $session['CHAT_ID'] . '-' . $session['SOURCE'];
            if (!$bound || isset($seen[$key])) {
                continue;
            }
            $seen[$key] = true;
            $rows[] = ['CHAT_ID' => (string)$session['CHAT_ID'], 'CONNECTOR_ID' => (string)$session['SOURCE'], 'CONNECTOR_TITLE' => (string)$session['SOURCE']];
        }
        return $rows;
    }

    public static function addActivityBindings($id, $newBindings)
    {
        if ($f = Portal::enter(__METHOD__)) {
            return $f['value'];
        }
        $result = new Result();
        $i = (int)$id > 0 ? Portal::find('activities', $id) : null;
        if ($i === null) {
            return $result->addError(new Error('Activity not found', 'ACTIVITY_NOT_FOUND'));
        }
        foreach ((array)$newBindings as $type => $ids) {
            foreach ((array)$ids as $owner) {
                $binding = ['OWNER_TYPE' => (string)$type, 'OWNER_ID' => (int)$owner];
                if (!in_array($binding, Portal::$s['activities'][$i]['BINDINGS'] ?? [], false)) {
                    Portal::$s['activities'][$i]['BINDINGS'][] = $binding;
                }
            }
        }
        return $result;
    }
}

}
