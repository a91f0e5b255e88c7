<?php
/*
 * Test double of the timeman module: CTimeManUser with GetSettings, State (reloads the last record;
 * EXPIRED first) and isDayOpenedToday (reads the static LAST_ENTRY that State fills). Records are the
 * store's "workdays": USER_ID, DATE_START, DATE_FINISH (null while open), PAUSED, EXPIRES (optional;
 * default DATE_START + settings.timemanExpireAfter). Loaded only by Loader::includeModule('timeman').
 * Behaviour follows docs/bitrix-api-contract.md; no Bitrix code is used.
 */

namespace {

use BxDouble\Portal;

class CTimeManUser
{
    /** @var array<int,array|false> the last record per user, as the last State() read it */
    public static $LAST_ENTRY = [];

    public $USER_ID;
    public $SITE_ID;

    public function __construct($USER_ID = 0, $site_id = SITE_ID)
    {
        global $USER;
        Portal::enter('CTimeManUser::__construct');
        $USER_ID = (int)$USER_ID;
        if ($USER_ID <= 0) {
            $USER_ID = is_object($USER) && method_exists($USER, 'GetID') ? (int)$USER->GetID() : 0;
        }
        $this->USER_ID = $USER_ID;
        $this->SITE_ID = $site_id;
    }

    public function GetSettings($arNeededSettings = null)
    {
        if ($f = Portal::enter('CTimeManUser::GetSettings')) {
            return $f['value'];
        }
        $user = Portal::row('users', $this->USER_ID);
        $settings = [
            'UF_TIMEMAN' => (bool)($user['UF_TIMEMAN'] ?? false),
            'UF_TM_FREE' => (bool)($user['UF_TM_FREE'] ?? false),
            'UF_TM_MAX_START' => 0,
            'UF_TM_MIN_FINISH' => 0,
            'UF_TM_MIN_DURATION' => 0,
        ];
        if (is_array($arNeededSettings) && $arNeededSettings) {
            $settings = array_intersect_key($settings, array_flip($arNeededSettings));
        }
        return $settings;
    }

    /** 'EXPIRED' | 'OPENED' | 'PAUSED' | 'CLOSED', from a fresh read of the last record. */
    public function State()
    {
        if ($f = Portal::enter('CTimeManUser::State')) {
            return $f['value'];
        }
        $entry = $this->reload();
        if (!$entry) {
            return 'CLOSED';
        }
        $open = $entry['DATE_FINISH'] === null;
        $expires = $entry['EXPIRES'] ?? ((int)$entry['DATE_START'] + (int)Portal::setting('timemanExpireAfter'));
        if ($open && Portal::now() > (int)$expires) {
            return 'EXPIRED';
        }
        if ($open && empty($entry['PAUSED'])) {
            return 'OPENED';
        }
        return $open ? 'PAUSED' : 'CLOSED';
    }

    /** Compares the server date of the record's start with today's; reads the static LAST_ENTRY. */
    public function isDayOpenedToday()
    {
        if ($f = Portal::enter('CTimeManUser::isDayOpenedToday')) {
            return $f['value'];
        }
        $entry = self::$LAST_ENTRY[$this->USER_ID] ?? null;
        if (empty($entry['DATE_START'])) {
            if (Portal::setting('line') === 'H') {
                trigger_error('Undefined array key "DATE_START"', E_USER_WARNING);
            }
            return true;
        }
        return Portal::day((int)$entry['DATE_START'] - \CTimeZone::GetOffsetForDouble()) === Portal::day(Portal::now());
    }

    private function reload()
    {
        $last = false;
        foreach (Portal::$s['workdays'] as $row) {
            if ((int)$row['USER_ID'] === $this->USER_ID && ($last === false || (int)$row['DATE_START'] >= (int)$last['DATE_START'])) {
                $last = $row + ['DATE_FINISH' => null, 'PAUSED' => false];
            }
        }
        return self::$LAST_ENTRY[$this->USER_ID] = $last;
    }
}

}
