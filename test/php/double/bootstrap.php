<?php
/*
 * Boots the Bitrix24 test double in one PHP process: the main-module files (always loaded, as on a
 * portal), the autoloader of module lib/ folders, the globals a portal page has ($APPLICATION, $USER,
 * $DB), the constants, and the per-process cache resets. Portal modules other than main (im,
 * imopenlines, crm, intranet, timeman) load only through Loader::includeModule.
 */

error_reporting(E_ALL);

require_once __DIR__ . '/store.php';
require_once __DIR__ . '/main.php';
require_once __DIR__ . '/config.php';
require_once __DIR__ . '/events.php';
require_once __DIR__ . '/orm-filter.php';
require_once __DIR__ . '/orm.php';
require_once __DIR__ . '/agents.php';
require_once __DIR__ . '/admin.php';

use BxDouble\Portal;

spl_autoload_register([\Bitrix\Main\Loader::class, 'autoLoadForDouble']);

if (!defined('SITE_ID')) {
    define('SITE_ID', 's1');
}
if (!defined('LANGUAGE_ID')) {
    define('LANGUAGE_ID', 'en');
}
if (!defined('B_PROLOG_INCLUDED')) {
    define('B_PROLOG_INCLUDED', true);
}
if (!defined('BX_UTF')) {
    define('BX_UTF', true);
}
// modules live under <root>/local/modules; the tests' PHP file system has them at /local/modules
$_SERVER['DOCUMENT_ROOT'] = rtrim((string)(getenv('BX_DOUBLE_ROOT') ?: ''), '/');

Portal::onNewProcess(function () {
    \Bitrix\Main\Loader::resetForDouble();
    \Bitrix\Main\Localization\Loc::resetForDouble();
    if (class_exists('CIntranetUtils', false)) {
        \CIntranetUtils::resetForDouble();
        \Bitrix\Intranet\UserAbsence::resetForDouble();
    }
    if (class_exists('CTimeManUser', false)) {
        \CTimeManUser::$LAST_ENTRY = [];
    }
    if (class_exists('Bitrix\ImOpenLines\Im', false)) {
        \Bitrix\ImOpenLines\Im::resetForDouble();
    }
    // a lock the previous hit held (it died inside a transfer) now belongs to another process
    foreach (Portal::$s['locks'] ?? [] as $i => $lock) {
        if (($lock['OWNER'] ?? '') === 'self') {
            Portal::$s['locks'][$i]['OWNER'] = 'other';
        }
    }
});

Portal::reset();

$GLOBALS['APPLICATION'] = new CMain();
$GLOBALS['USER'] = null;
$GLOBALS['DB'] = null;
