<?php
/*
 * The open-line queue of the double (a trait of BxDouble\OpenLines): who is available
 * (Queue::isOperatorActive reasons), the choice by QUEUE_TYPE, and redistribution through
 * OnBeforeSessionTransfer with the portal's validation of newOperatorQueue.
 * Written for b24route's tests from documented behaviour; no Bitrix code is used.
 */

namespace BxDouble {

use Bitrix\ImOpenLines\Chat;
use Bitrix\ImOpenLines\Model\ConfigTable;
use Bitrix\ImOpenLines\Model\SessionTable;
use Bitrix\Main\Event;
use Bitrix\Main\EventResult;
use Bitrix\Main\Type\DateTime;

trait OpenLinesQueue
{
    /** true, or the reason: DISMISSAL, VACATION, NONWORKING, OFFLINE (bots and connector users are always active). */
    public static function operatorActive(int $userId, bool $checkAvailable)
    {
        $user = Portal::row('users', $userId);
        if ($user === null || ($user['ACTIVE'] ?? 'Y') !== 'Y') {
            return 'DISMISSAL';
        }
        if (!self::isEmployee($userId) || !$checkAvailable) {
            return true;
        }
        $now = Portal::now();
        if (Portal::moduleInstalled('intranet')) {
            $raw = \Bitrix\Main\Config\Option::getForDouble('intranet', 'vacation_types', '');
            $types = $raw !== '' ? @unserialize($raw, ['allowed_classes' => false]) : false;
            $types = is_array($types) && $types ? $types : ['VACATION', 'LEAVESICK', 'LEAVEMATERINITY', 'LEAVEUNPAYED'];
            foreach (Portal::$s['absences'] as $a) {
                if ((int)$a['USER_ID'] === $userId && in_array($a['TYPE'], $types, true)) {
                    [$from, $to] = Portal::absenceBounds($a);
                    if ($from <= $now && $now <= $to) {
                        return 'VACATION';
                    }
                }
            }
        }
        if (Portal::moduleInstalled('timeman') && !empty($user['UF_TIMEMAN'])) {
            $last = null;
            foreach (Portal::$s['workdays'] as $w) {
                if ((int)$w['USER_ID'] === $userId && ($last === null || (int)$w['DATE_START'] >= (int)$last['DATE_START'])) {
                    $last = $w;
                }
            }
            if ($last === null || ($last['DATE_FINISH'] ?? null) !== null || !empty($last['PAUSED'])) {
                return 'NONWORKING';
            }
        }
        $activity = $user['LAST_ACTIVITY_DATE'] ?? null;
        if ($activity === null || $now - (int)$activity > (int)Portal::setting('onlineWindow') || !empty($user['IDLE'])) {
            return 'OFFLINE';
        }
        return true;
    }

    /** The queue's choice: ['operator' => id|0, 'list' => ids to join]. */
    public static function choose(int $lineId, array $history): array
    {
        $line = Portal::row('lines', $lineId) ?? [];
        $type = (string)($line['QUEUE_TYPE'] ?? 'evenly');
        $check = ($line['CHECK_AVAILABLE'] ?? 'Y') === 'Y' || ($line['CHECK_AVAILABLE'] ?? null) === true;
        $rows = array_values(array_filter(Portal::$s['queue'], function ($q) use ($lineId) {
            return (int)$q['CONFIG_ID'] === $lineId;
        }));
        usort($rows, function ($a, $b) use ($type) {
            // evenly: ORDER BY LAST_ACTIVITY_DATE, LAST_ACTIVITY_DATE_EXACT (never stamped first); strictly: SORT, ID
            $key = function ($q) use ($type) {
                return $type === 'evenly'
                    ? [(int)($q['LAST_ACTIVITY_DATE'] ?? 0), (int)($q['LAST_ACTIVITY_DATE_EXACT'] ?? 0), (int)($q['SORT'] ?? 0), (int)$q['ID']]
                    : [(int)($q['SORT'] ?? 0), (int)$q['ID']];
            };
            return $key($a) <=> $key($b);
        });
        $available = [];
        foreach ($rows as $q) {
            if (self::operatorActive((int)$q['USER_ID'], $check) === true) {
                $available[] = (int)$q['USER_ID'];
            }
        }
        $fresh = array_values(array_filter($available, function ($u) use ($history) {
            return !in_array($u, $history, true);
        }));
        $pick = $fresh ?: $available;
        $operator = $pick[0] ?? 0;
        return ['operator' => $operator, 'list' => $type === 'all' ? $available : ($operator ? [$operator] : []), 'type' => $type];
    }

    /** The evenly queue stamps its choice's LAST_ACTIVITY_DATE before anyone hears of it. */
    public static function stamp(int $lineId, int $userId): void
    {
        $line = Portal::row('lines', $lineId) ?? [];
        if ($userId <= 0 || ($line['QUEUE_TYPE'] ?? 'evenly') !== 'evenly') {
            return;
        }
        foreach (Portal::$s['queue'] as $i => $q) {
            if ((int)$q['CONFIG_ID'] === $lineId && (int)$q['USER_ID'] === $userId) {
                Portal::$s['queue'][$i]['LAST_ACTIVITY_DATE'] = Portal::now();
                // the real value is microtime(true) * 10000: ten-thousandths of a second
                Portal::$s['queue'][$i]['LAST_ACTIVITY_DATE_EXACT'] = Portal::now() * 10000;
            }
        }
    }

    /** Session::transferToNextInQueueAgent: sessions whose DATE_QUEUE has come go through the queue again. */
    public static function queueTick(): array
    {
        $done = [];
        foreach (Portal::$s['sessionChecks'] as $check) {
            if ($check['DATE_QUEUE'] !== null && (int)$check['DATE_QUEUE'] <= Portal::now()) {
                $done[] = (int)$check['SESSION_ID'];
                self::distribute((int)$check['SESSION_ID'], (string)($check['REASON_RETURN'] ?: 'DEFAULT'), true);
            }
        }
        return $done;
    }

    /** Queue\Queue::transferToNext with OnBeforeSessionTransfer. */
    public static function distribute(int $sessionId, string $reason, bool $fireEvent, int $depth = 0): void
    {
        $session = Portal::row('sessions', $sessionId);
        if ($session === null || ($session['CLOSED'] ?? 'N') === 'Y' || $depth > 3) {
            return;
        }
        $lineId = (int)$session['CONFIG_ID'];
        $line = Portal::row('lines', $lineId) ?? [];
        $historyMap = is_array($session['QUEUE_HISTORY'] ?? null) ? $session['QUEUE_HISTORY'] : [];
        $choice = self::choose($lineId, array_map('intval', array_keys($historyMap)));
        self::stamp($lineId, $choice['operator']);
        $queue = [
            'RESULT' => $choice['operator'] > 0,
            'OPERATOR_ID' => $choice['operator'],
            'OPERATOR_LIST' => $choice['list'],
            'DATE_QUEUE' => DateTime::createFromTimestampForDouble(Portal::now() + (int)($line['QUEUE_TIME'] ?? 60)),
            'QUEUE_HISTORY' => $choice['operator'] ? $historyMap + [$choice['operator'] => true] : $historyMap,
        ];
        if ($fireEvent) {
            $event = new Event('imopenlines', 'OnBeforeSessionTransfer', [
                'session' => SessionTable::rowForDouble($sessionId),
                'config' => ConfigTable::rowForDouble($lineId) ?? [],
                'chat' => new Chat((int)$session['CHAT_ID']),
                'reasonReturn' => $reason,
                'newOperatorQueue' => $queue,
            ]);
            $event->send();
            foreach ($event->getResults() as $result) {
                $p = $result->getParameters();
                $errors = $result->getType() !== EventResult::SUCCESS ? ['the result type is not SUCCESS']
                    : self::validateQueue(is_array($p) ? ($p['newOperatorQueue'] ?? null) : null);
                if ($errors) {
                    (new Event('imopenlines', 'OnErrorEventBeforeSessionTransfer', ['errors' => $errors, 'eventResult' => $result]))->send();
                    continue;
                }
                $queue = $p['newOperatorQueue'];
            }
        }
        $operator = $queue['OPERATOR_ID'];
        $list = array_map('intval', $queue['OPERATOR_LIST']);
        if ($choice['type'] === 'all' && $list) {
            $operator = $list[0];
        }
        if (is_string($operator) && preg_match('/^queue(\d+)$/', $operator, $m)) {
            Portal::update('sessions', $sessionId, ['CONFIG_ID' => (int)$m[1], 'QUEUE_HISTORY' => [], 'OPERATOR_ID' => 0]);
            self::distribute($sessionId, $reason, $fireEvent, $depth + 1);
            return;
        }
        $operator = (int)$operator;
        if ($operator > 0) {
            // the queue moves the chat with an AUTO transfer (OnOperatorTransfer may redirect the chat),
            // then writes its own choice into the session
            self::transfer((int)$session['CHAT_ID'], ['FROM' => (int)$session['OPERATOR_ID'], 'TO' => $operator, 'MODE' => Chat::TRANSFER_MODE_AUTO]);
            foreach ($choice['type'] === 'all' ? $list : [] as $u) {
                self::addRelation((int)$session['CHAT_ID'], $u);
            }
        }
        $history = is_array($queue['QUEUE_HISTORY']) ? $queue['QUEUE_HISTORY'] : [];
        Portal::update('sessions', $sessionId, ['OPERATOR_ID' => $operator, 'QUEUE_HISTORY' => $history]);
        $i = Portal::find('sessionChecks', $sessionId, 'SESSION_ID');
        if ($i !== null) {
            $date = $queue['DATE_QUEUE'];
            Portal::$s['sessionChecks'][$i]['DATE_QUEUE'] = $date instanceof DateTime ? $date->getTimestampForDouble() : null;
            Portal::$s['sessionChecks'][$i]['REASON_RETURN'] = 'DEFAULT';
            Portal::$s['sessionChecks'][$i]['UNDISTRIBUTED'] = $operator > 0 ? 'N' : 'Y';
        }
    }

    /** The portal's checks of a handler's newOperatorQueue; an empty list means valid. */
    public static function validateQueue($q): array
    {
        if (!is_array($q)) {
            return ['newOperatorQueue is missing'];
        }
        $errors = [];
        foreach (['RESULT', 'OPERATOR_ID', 'OPERATOR_LIST', 'DATE_QUEUE', 'QUEUE_HISTORY'] as $key) {
            if (!array_key_exists($key, $q)) {
                $errors[] = $key . ' is missing';
            }
        }
        if ($errors) {
            return $errors;
        }
        if (!is_bool($q['RESULT'])) {
            $errors[] = 'RESULT must be a bool';
        }
        $id = $q['OPERATOR_ID'];
        if (!(is_numeric($id) || (is_string($id) && preg_match('/^queue\d+$/', $id)))) {
            $errors[] = 'OPERATOR_ID must be numeric or queue<N>';
        }
        if (!is_array($q['OPERATOR_LIST'])) {
            $errors[] = 'OPERATOR_LIST must be an array';
        } else {
            foreach ($q['OPERATOR_LIST'] as $u) {
                if (empty($u) || !is_numeric($u)) {
                    $errors[] = 'OPERATOR_LIST must hold non-empty numbers';
                    break;
                }
            }
        }
        if (!($q['DATE_QUEUE'] instanceof DateTime) && $q['DATE_QUEUE'] !== false) {
            $errors[] = 'DATE_QUEUE must be a Bitrix\Main\Type\DateTime or false';
        }
        if ($q['DATE_QUEUE'] === false && empty($id) && empty($q['OPERATOR_LIST'])) {
            $errors[] = 'DATE_QUEUE false needs OPERATOR_ID or OPERATOR_LIST';
        }
        if (!is_array($q['QUEUE_HISTORY'])) {
            $errors[] = 'QUEUE_HISTORY must be an array';
        }
        return $errors;
    }
}

}
