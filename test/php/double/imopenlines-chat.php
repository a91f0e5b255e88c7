<?php
/*
 * Test double of the imopenlines module, part 2: Bitrix\ImOpenLines\Chat — getData, getFieldData,
 * setCrmFlag, join, and transfer with its traps: a bare false when the chat is not loaded, the
 * per-chat lock is held elsewhere, the target is not active or a target line is missing; a closed
 * session comes back as a new one (OnSessionStart); OnOperatorTransfer may rewrite TO; a transfer to a
 * user removes every other employee; MANUAL/BOT answer at once (OnChatAnswer); a handler's exception
 * escapes with the lock held. Loaded only by Loader::includeModule('imopenlines').
 * Behaviour follows docs/bitrix-api-contract.md; no Bitrix code is used.
 */

namespace Bitrix\ImOpenLines {

use BxDouble\OpenLines;
use BxDouble\Portal;

class Chat
{
    public const FIELD_SESSION = 'LINES_SESSION';
    public const FIELD_CRM = 'LINES_CRM';
    public const TRANSFER_MODE_MANUAL = 'MANUAL';
    public const TRANSFER_MODE_AUTO = 'AUTO';
    public const TRANSFER_MODE_BOT = 'BOT';

    public const SESSION_KEYS = ['CRM', 'CRM_ENTITY_TYPE', 'CRM_ENTITY_ID', 'PAUSE', 'WAIT_ACTION', 'ID', 'DATE_CREATE', 'LINE_ID', 'BLOCK_DATE', 'BLOCK_REASON'];
    public const CRM_KEYS = ['LEAD', 'COMPANY', 'CONTACT', 'DEAL'];

    /** @var int 0 when the chat is not an open-line chat */
    private $id = 0;

    public function __construct($chatId = 0, $params = [])
    {
        Portal::enter('Bitrix\ImOpenLines\Chat::__construct');
        $row = (int)$chatId > 0 ? Portal::row('chats', (int)$chatId) : null;
        if ($row !== null && in_array($row['ENTITY_TYPE'] ?? '', ['LINES', 'LIVECHAT'], true)) {
            $this->id = (int)$row['ID'];
        }
    }

    public function describeForDouble(): array
    {
        return ['chatId' => $this->id];
    }

    public function getData($field = '')
    {
        Portal::enter('Bitrix\ImOpenLines\Chat::getData');
        $row = $this->id > 0 ? OpenLines::chatRow($this->id) : [];
        return $field === '' ? $row : ($row[$field] ?? null);
    }

    public function getFieldData($field)
    {
        if ($f = Portal::enter('Bitrix\ImOpenLines\Chat::getFieldData')) {
            return $f['value'];
        }
        if ($this->id === 0) {
            return false;
        }
        if ($field === self::FIELD_SESSION) {
            return OpenLines::sessionField($this->id);
        }
        if ($field === self::FIELD_CRM) {
            return OpenLines::crmField($this->id);
        }
        return false;
    }

    /** true when a field changed, false when nothing changed or the chat is not loaded. */
    public function setCrmFlag($params)
    {
        if ($f = Portal::enter('Bitrix\ImOpenLines\Chat::setCrmFlag')) {
            return $f['value'];
        }
        if ($this->id === 0 || !is_array($params)) {
            return false;
        }
        $session = OpenLines::sessionField($this->id);
        $crm = OpenLines::crmField($this->id);
        $newSession = $session;
        foreach (['CRM' => 'CRM', 'ENTITY_TYPE' => 'CRM_ENTITY_TYPE', 'ENTITY_ID' => 'CRM_ENTITY_ID'] as $in => $key) {
            if (isset($params[$in])) {
                $newSession[$key] = (string)$params[$in];
            }
        }
        $newCrm = $crm;
        foreach (self::CRM_KEYS as $key) {
            if (isset($params[$key])) {
                $newCrm[$key] = (string)(int)$params[$key];
            }
        }
        if ($newSession === $session && $newCrm === $crm) {
            return false;
        }
        OpenLines::writeFields($this->id, $newSession, $newCrm);
        return true;
    }

    /** The CIMChat::AddUser result: false when the user is unknown or already in the chat. */
    public function join($userId, $skipMessage = true, $skipRecent = false, $skipRelation = false)
    {
        if ($f = Portal::enter('Bitrix\ImOpenLines\Chat::join')) {
            return $f['value'];
        }
        if ($this->id === 0 || Portal::row('users', (int)$userId) === null) {
            return false;
        }
        return OpenLines::addRelation($this->id, (int)$userId);
    }

    public function transfer($params, $session = null)
    {
        if ($f = Portal::enter('Bitrix\ImOpenLines\Chat::transfer')) {
            return $f['value'];
        }
        return OpenLines::transfer($this->id, is_array($params) ? $params : []);
    }
}

}
