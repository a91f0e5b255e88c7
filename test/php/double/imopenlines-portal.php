<?php
/*
 * The imopenlines side of the double that no module calls directly: sessions starting (first
 * assignment, CRM registration, OnSessionStart, deferred join), the queue (choice by QUEUE_TYPE and
 * availability, OnBeforeSessionTransfer with its validation, the AUTO overwrite of OPERATOR_ID),
 * answers (OnChatAnswer), finishing (OnSessionFinish), the transfer lock, and the chat fields.
 * Written for b24route's tests from documented behaviour; no Bitrix code is used.
 */

namespace BxDouble {

use Bitrix\ImOpenLines\Chat;
use Bitrix\ImOpenLines\Model\ConfigTable;
use Bitrix\ImOpenLines\Model\SessionTable;
use Bitrix\ImOpenLines\Session;
use Bitrix\Main\Event;
use Bitrix\Main\EventResult;
use Bitrix\Main\Type\DateTime;

final class OpenLines
{
    use OpenLinesQueue;

    // ---- chat rows and fields -----------------------------------------------------------------

    public static function chatRow(int $chatId): array
    {
        $row = Portal::row('chats', $chatId) ?? [];
        if ($row) {
            $row['ENTITY_DATA_1'] = implode('|', self::sessionField($chatId));
            $row['ENTITY_DATA_2'] = self::crmText(self::crmField($chatId));
        }
        return $row;
    }

    public static function sessionField(int $chatId): array
    {
        $raw = Portal::row('chats', $chatId)['ENTITY_DATA_1'] ?? '';
        $values = is_array($raw) ? $raw : array_combine(
            array_slice(Chat::SESSION_KEYS, 0, min(count(Chat::SESSION_KEYS), count(explode('|', (string)$raw)))),
            array_slice(explode('|', (string)$raw), 0, count(Chat::SESSION_KEYS))
        );
        $defaults = ['CRM' => 'N', 'CRM_ENTITY_TYPE' => 'NONE', 'CRM_ENTITY_ID' => '0', 'PAUSE' => 'N', 'WAIT_ACTION' => 'N',
            'ID' => '0', 'DATE_CREATE' => '0', 'LINE_ID' => '0', 'BLOCK_DATE' => '0', 'BLOCK_REASON' => ''];
        $out = [];
        foreach ($defaults as $key => $default) {
            $out[$key] = isset($values[$key]) && (string)$values[$key] !== '' ? (string)$values[$key] : $default;
        }
        return $out;
    }

    public static function crmField(int $chatId): array
    {
        $raw = Portal::row('chats', $chatId)['ENTITY_DATA_2'] ?? '';
        $values = [];
        if (is_array($raw)) {
            $values = $raw;
        } else {
            $parts = explode('|', (string)$raw);
            for ($i = 0; $i + 1 < count($parts); $i += 2) {
                $values[$parts[$i]] = $parts[$i + 1];
            }
        }
        $out = [];
        foreach (Chat::CRM_KEYS as $key) {
            $out[$key] = (string)(int)($values[$key] ?? 0);
        }
        return $out;
    }

    private static function crmText(array $crm): string
    {
        $parts = [];
        foreach (Chat::CRM_KEYS as $key) {
            $parts[] = $key . '|' . $crm[$key];
        }
        return implode('|', $parts);
    }

    public static function writeFields(int $chatId, array $session, array $crm): void
    {
        Portal::update('chats', $chatId, ['ENTITY_DATA_1' => implode('|', $session), 'ENTITY_DATA_2' => self::crmText($crm)]);
    }

    // ---- participants -------------------------------------------------------------------------

    public static function addRelation(int $chatId, int $userId): bool
    {
        foreach (Portal::$s['relations'] as $r) {
            if ((int)$r['CHAT_ID'] === $chatId && (int)$r['USER_ID'] === $userId) {
                return false;
            }
        }
        Portal::insert('relations', ['CHAT_ID' => $chatId, 'USER_ID' => $userId, 'MESSAGE_TYPE' => 'L', 'START_ID' => 0, 'LAST_ID' => 0, 'MANAGER' => 'N']);
        return true;
    }

    /** Connector (client) users and bots stay in the chat through transfers. */
    public static function isEmployee(int $userId): bool
    {
        $user = Portal::row('users', $userId);
        return $user !== null && !in_array($user['EXTERNAL_AUTH_ID'] ?? '', ['imconnector', 'bot'], true) && empty($user['IS_BOT']);
    }

    /** Removes every employee of the chat except the ones kept. */
    private static function evict(int $chatId, array $keep): void
    {
        Portal::delete('relations', function ($r) use ($chatId, $keep) {
            return (int)$r['CHAT_ID'] === $chatId && !in_array((int)$r['USER_ID'], $keep, true) && self::isEmployee((int)$r['USER_ID']);
        });
    }

    // ---- the transfer lock (60 s, re-entrant in one process, freed by the first finisher) --------

    public static function lock(string $name): bool
    {
        foreach (Portal::$s['locks'] as $i => $lock) {
            if ($lock['NAME'] === $name) {
                if (($lock['OWNER'] ?? 'other') !== 'self' && (int)$lock['EXPIRES'] > Portal::now()) {
                    return false;
                }
                Portal::$s['locks'][$i] = ['NAME' => $name, 'OWNER' => 'self', 'EXPIRES' => Portal::now() + 60];
                return true;
            }
        }
        Portal::$s['locks'][] = ['NAME' => $name, 'OWNER' => 'self', 'EXPIRES' => Portal::now() + 60];
        return true;
    }

    public static function unlock(string $name): void
    {
        Portal::delete('locks', function ($l) use ($name) {
            return $l['NAME'] === $name;
        });
    }

    // ---- transfer -----------------------------------------------------------------------------

    public static function transfer(int $chatId, array $params): bool
    {
        if ($chatId === 0) {
            return false;
        }
        $lock = 'imol_transfer_chat_id_' . $chatId;
        if (!self::lock($lock)) {
            return false;
        }
        $from = (int)($params['FROM'] ?? 0);
        $to = $params['TO'] ?? 0;
        $mode = (string)($params['MODE'] ?? Chat::TRANSFER_MODE_MANUAL);
        $leave = ($params['LEAVE'] ?? 'Y') !== 'N';
        $sessionId = self::loadSession($chatId);
        $event = new Event('imopenlines', 'OnOperatorTransfer', [
            'CHAT' => Portal::row('chats', $chatId),
            'SESSION' => new Session($sessionId),
            'TRANSFER' => ['MODE' => $mode, 'FROM' => $from, 'TO' => $to],
        ]);
        $event->send(); // an exception leaves the lock held
        foreach ($event->getResults() as $result) {
            $p = $result->getParameters();
            if ($result->getType() === EventResult::SUCCESS && is_array($p) && !empty($p['TRANSFER_ID'])) {
                $to = $p['TRANSFER_ID'];
            }
        }
        $session = Portal::row('sessions', $sessionId);
        if (is_string($to) && strpos($to, 'queue') === 0) {
            $lineId = $to === 'queue' ? (int)$session['CONFIG_ID'] : (int)substr($to, 5);
            if (Portal::row('lines', $lineId) === null) {
                self::unlock($lock);
                return false;
            }
            Portal::update('sessions', $sessionId, ['CONFIG_ID' => $lineId, 'QUEUE_HISTORY' => [], 'OPERATOR_ID' => 0, 'STATUS' => Session::STATUS_SKIP]);
            self::evict($chatId, $leave ? [] : [$from]);
            $field = self::sessionField($chatId);
            $field['LINE_ID'] = (string)$lineId;
            self::writeFields($chatId, $field, self::crmField($chatId));
            self::distribute($sessionId, 'DEFAULT', true);
            self::unlock($lock);
            return true;
        }
        $to = (int)$to;
        $user = Portal::row('users', $to);
        $skipCheck = ($params['SKIP_CHECK'] ?? 'N') === 'Y';
        if ($user === null || ($user['ACTIVE'] ?? 'Y') !== 'Y' || (!$skipCheck && (!self::isEmployee($to) || !empty($user['EXTRANET'])))) {
            self::unlock($lock);
            return false;
        }
        self::evict($chatId, $leave ? [$to] : [$to, $from]);
        self::addRelation($chatId, $to);
        $history = is_array($session['QUEUE_HISTORY'] ?? null) ? $session['QUEUE_HISTORY'] : [];
        $history[$to] = true;
        Portal::update('sessions', $sessionId, ['OPERATOR_ID' => $to, 'QUEUE_HISTORY' => $history, 'DATE_OPERATOR' => Portal::now(), 'WAIT_ANSWER' => 'Y']);
        if ($mode !== Chat::TRANSFER_MODE_AUTO) {
            self::answer($sessionId, $to);
        }
        self::unlock($lock);
        return true;
    }

    /** The open session of a chat; on a chat whose session is closed, a new session (Session::load without SKIP_CREATE). */
    private static function loadSession(int $chatId): int
    {
        $last = null;
        foreach (Portal::$s['sessions'] as $s) {
            if ((int)$s['CHAT_ID'] === $chatId && ($last === null || (int)$s['ID'] > (int)$last['ID'])) {
                $last = $s;
            }
        }
        if ($last !== null && ($last['CLOSED'] ?? 'N') !== 'Y') {
            return (int)$last['ID'];
        }
        $line = (int)self::sessionField($chatId)['LINE_ID'] ?: (int)($last['CONFIG_ID'] ?? 0);
        return self::createSession(['chatId' => $chatId, 'lineId' => $line, 'deferredJoin' => false]);
    }

    // ---- sessions -----------------------------------------------------------------------------

    /** spec: lineId, chatId?, clientId?, crm? {LEAD,COMPANY,CONTACT,DEAL}, mode?, deferredJoin? (default true), text? */
    public static function createSession(array $spec): int
    {
        $lineId = (int)$spec['lineId'];
        $line = Portal::row('lines', $lineId) ?? ['ID' => $lineId];
        $chatId = (int)($spec['chatId'] ?? 0);
        $client = (int)($spec['clientId'] ?? 0);
        if ($chatId > 0 && $client === 0) {
            $client = (int)(Portal::row('chats', $chatId)['AUTHOR_ID'] ?? 0);
        }
        if ($client === 0) {
            $client = Portal::insert('users', ['ACTIVE' => 'Y', 'NAME' => 'Client', 'EXTERNAL_AUTH_ID' => 'imconnector']);
        }
        $connector = (string)($spec['connector'] ?? 'livechat');
        $userCode = $connector . '|' . $lineId . '|' . $client . '|' . $client;
        if ($chatId === 0) {
            $chatId = Portal::insert('chats', ['TITLE' => 'Dialog', 'TYPE' => 'L', 'ENTITY_TYPE' => 'LINES', 'ENTITY_ID' => $userCode, 'AUTHOR_ID' => $client, 'ENTITY_DATA_1' => '', 'ENTITY_DATA_2' => '']);
        } else {
            $userCode = (string)(Portal::row('chats', $chatId)['ENTITY_ID'] ?? $userCode);
        }
        self::addRelation($chatId, $client);
        $parent = 0;
        foreach (Portal::$s['sessions'] as $s) {
            if ((int)$s['CHAT_ID'] === $chatId) {
                $parent = max($parent, (int)$s['ID']);
            }
        }
        $choice = self::choose($lineId, []);
        $crm = array_intersect_key((array)($spec['crm'] ?? []), array_flip(Chat::CRM_KEYS));
        $crmOn = ($line['CRM'] ?? 'N') === 'Y' && $crm;
        $activity = 0;
        if ($crmOn) {
            $bindings = [];
            foreach ($crm as $type => $id) {
                if ((int)$id > 0) {
                    $bindings[] = ['OWNER_TYPE' => $type, 'OWNER_ID' => (int)$id];
                }
            }
            $activity = Portal::insert('activities', ['BINDINGS' => $bindings]);
        }
        $now = Portal::now();
        $sessionId = Portal::insert('sessions', [
            'MODE' => (string)($spec['mode'] ?? 'input'), 'SOURCE' => $connector, 'STATUS' => Session::STATUS_NEW,
            'CONFIG_ID' => $lineId, 'USER_ID' => $client, 'OPERATOR_ID' => $choice['operator'], 'USER_CODE' => $userCode,
            'CHAT_ID' => $chatId, 'CRM' => $crmOn ? 'Y' : 'N', 'CRM_ACTIVITY_ID' => $activity, 'DATE_CREATE' => $now,
            'CLOSED' => 'N', 'PAUSE' => 'N', 'WAIT_ANSWER' => 'Y', 'QUEUE_HISTORY' => $choice['operator'] ? [$choice['operator'] => true] : [],
            'PARENT_ID' => $parent, 'IS_FIRST' => $parent === 0 ? 'Y' : 'N',
        ]);
        Portal::insert('sessionChecks', ['SESSION_ID' => $sessionId, 'DATE_QUEUE' => $now + (int)($line['QUEUE_TIME'] ?? 60), 'REASON_RETURN' => 'DEFAULT', 'DATE_CLOSE' => null, 'UNDISTRIBUTED' => $choice['operator'] ? 'N' : 'Y']);
        self::stamp($lineId, $choice['operator']);
        // Crm::setDefaultFlags resets the CRM field, then CRM registration fills it: both before OnSessionStart
        $field = ['CRM' => $crmOn ? 'Y' : 'N', 'ID' => (string)$sessionId, 'DATE_CREATE' => (string)$now, 'LINE_ID' => (string)$lineId] + self::sessionField($chatId);
        $crmField = array_fill_keys(Chat::CRM_KEYS, '0');
        foreach ($crmOn ? $crm : [] as $type => $id) {
            $crmField[$type] = (string)(int)$id;
        }
        self::writeFields($chatId, array_merge(self::sessionField($chatId), $field), $crmField);
        $deferred = $spec['deferredJoin'] ?? true;
        if (!$deferred) {
            self::joinAll($chatId, $choice['list']);
        }
        (new Event('imopenlines', 'OnSessionStart', [
            'SESSION' => SessionTable::rowForDouble($sessionId),
            'RUNTIME_SESSION' => new Session($sessionId),
            'CONFIG' => ConfigTable::rowForDouble($lineId) ?? [],
        ]))->send();
        if ($deferred) {
            self::joinAll($chatId, $choice['list']);
        }
        if (isset($spec['text']) && (string)$spec['text'] !== '') {
            Portal::insert('messages', ['CHAT_ID' => $chatId, 'AUTHOR_ID' => $client, 'MESSAGE' => (string)$spec['text'], 'MESSAGE_TYPE' => 'L', 'SYSTEM' => 'N', 'HIDDEN' => false, 'DATE_CREATE' => $now]);
        }
        return $sessionId;
    }

    private static function joinAll(int $chatId, array $users): void
    {
        foreach ($users as $u) {
            self::addRelation($chatId, (int)$u);
        }
    }

    /** Chat::answer: STATUS ANSWER, the operator joins, OnChatAnswer. */
    public static function answer(int $sessionId, int $userId): void
    {
        $session = Portal::row('sessions', $sessionId);
        if ($session === null) {
            return;
        }
        // Session::answer: the first answer by a person is stamped once (DATE_OPERATOR_ANSWER)
        $first = empty($session['DATE_OPERATOR_ANSWER']) ? ['DATE_OPERATOR_ANSWER' => Portal::now()] : [];
        Portal::update('sessions', $sessionId, ['STATUS' => Session::STATUS_ANSWER, 'OPERATOR_ID' => $userId, 'WAIT_ANSWER' => 'N'] + $first);
        $i = Portal::find('sessionChecks', $sessionId, 'SESSION_ID');
        if ($i !== null) {
            Portal::$s['sessionChecks'][$i]['DATE_QUEUE'] = null;
        }
        self::addRelation((int)$session['CHAT_ID'], $userId);
        (new Event('imopenlines', 'OnChatAnswer', ['RUNTIME_SESSION' => new Session($sessionId), 'USER_ID' => $userId]))->send();
    }

    /** Session::finish: OnSessionFinish only when CLOSED becomes Y. */
    public static function finish(int $sessionId): bool
    {
        $session = Portal::row('sessions', $sessionId);
        if ($session === null || ($session['CLOSED'] ?? 'N') === 'Y') {
            return false;
        }
        Portal::update('sessions', $sessionId, ['CLOSED' => 'Y', 'STATUS' => Session::STATUS_CLOSE, 'DATE_CLOSE' => Portal::now()]);
        Portal::delete('sessionChecks', function ($c) use ($sessionId) {
            return (int)$c['SESSION_ID'] === $sessionId;
        });
        (new Event('imopenlines', 'OnSessionFinish', [
            'RUNTIME_SESSION' => new Session($sessionId),
            'SESSION' => SessionTable::rowForDouble($sessionId),
            'CONFIG' => ConfigTable::rowForDouble((int)$session['CONFIG_ID']) ?? [],
        ]))->send();
        return true;
    }
}

}
