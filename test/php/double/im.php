<?php
/*
 * Test double of the im module: CIMNotify::Add (notifications in the store), the IM_NOTIFY_* constants
 * and IM_MESSAGE_OPEN_LINE (defined when the module is included, as im/include.php does),
 * Bitrix\Im\Model\RelationTable (chat participants) and RecentTable (the messenger's recent list;
 * it holds what the story seeds: the double does not add recent items when users join chats). Loaded only by Loader::includeModule('im').
 * Behaviour follows docs/bitrix-api-contract.md; no Bitrix code is used.
 */

namespace {

use BxDouble\Portal;

if (!defined('IM_NOTIFY_FROM')) {
    define('IM_NOTIFY_MESSAGE', 0);
    define('IM_NOTIFY_CONFIRM', 1);
    define('IM_NOTIFY_FROM', 2);
    define('IM_NOTIFY_SYSTEM', 4);
    define('IM_MESSAGE_OPEN_LINE', 'L');
}

class CIMNotify
{
    /** int id | false. A notification with the tag of an earlier one to the same user replaces it. */
    public static function Add(array $fields)
    {
        if ($f = Portal::enter(__METHOD__)) {
            return $f['value'];
        }
        $to = (int)($fields['TO_USER_ID'] ?? 0);
        $user = Portal::row('users', $to);
        if ($to <= 0 || $user === null || (string)($fields['NOTIFY_MESSAGE'] ?? '') === '' && (string)($fields['NOTIFY_MESSAGE_OUT'] ?? '') === '') {
            return false;
        }
        $from = (int)($fields['FROM_USER_ID'] ?? 0);
        $type = $fields['NOTIFY_TYPE'] ?? ($from > 0 ? IM_NOTIFY_FROM : IM_NOTIFY_SYSTEM);
        $tag = (string)($fields['NOTIFY_TAG'] ?? '');
        if ($tag !== '') {
            Portal::delete('notifications', function ($n) use ($to, $tag) {
                return (int)$n['TO_USER_ID'] === $to && $n['NOTIFY_TAG'] === $tag;
            });
        }
        return Portal::insert('notifications', [
            'TO_USER_ID' => $to,
            'FROM_USER_ID' => $from,
            'NOTIFY_TYPE' => (int)$type,
            'NOTIFY_MODULE' => (string)($fields['NOTIFY_MODULE'] ?? 'im'),
            'NOTIFY_EVENT' => (string)($fields['NOTIFY_EVENT'] ?? 'default'),
            'NOTIFY_TAG' => $tag,
            'NOTIFY_TITLE' => (string)($fields['NOTIFY_TITLE'] ?? ''),
            'NOTIFY_MESSAGE' => (string)($fields['NOTIFY_MESSAGE'] ?? ''),
            'DATE_CREATE' => Portal::now(),
        ]);
    }
}

}

namespace Bitrix\Im\Model {

class RelationTable extends \Bitrix\Main\ORM\Data\DataManager
{
    public static function getTableName()
    {
        return 'b_im_relation';
    }

    public static function schemaForDouble(): array
    {
        return ['ID' => 'int', 'CHAT_ID' => 'int', 'MESSAGE_TYPE' => 'string', 'USER_ID' => 'int', 'START_ID' => 'int', 'LAST_ID' => 'int', 'MANAGER' => 'bool'];
    }
}

class RecentTable extends \Bitrix\Main\ORM\Data\DataManager
{
    public static function getTableName()
    {
        return 'b_im_recent';
    }

    public static function schemaForDouble(): array
    {
        return ['USER_ID' => 'int', 'ITEM_TYPE' => 'string', 'ITEM_ID' => 'int', 'ITEM_MID' => 'int', 'PINNED' => 'bool', 'DATE_UPDATE' => 'datetime'];
    }
}

}
