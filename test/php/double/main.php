<?php
/*
 * Test double of the Bitrix "main" module, part 1: exceptions, Loader, ModuleManager, Option, Loc,
 * dates, Result, the DB connection, CModule, CTimeZone, ConvertTimeStamp, CEventLog.
 * Behaviour follows docs/bitrix-api-contract.md; no Bitrix code is used.
 */

namespace Bitrix\Main {

use BxDouble\Portal;

class SystemException extends \Exception
{
    public function __construct($message = '', $code = 0, $file = '', $line = 0, ?\Throwable $previous = null)
    {
        parent::__construct((string)$message, (int)$code, $previous);
    }
}
class ArgumentException extends SystemException
{
}
class ArgumentNullException extends ArgumentException
{
}
class ObjectPropertyException extends ArgumentException
{
}
class ObjectException extends SystemException
{
}
class LoaderException extends \Exception
{
}

class Loader
{
    /** @var array<string,bool> included (or known-missing) modules of this process */
    private static $loaded = ['main' => true];
    /** @var array<string,string[]> lowercased namespace prefix => lib folders */
    private static $namespaces = [];

    public static function includeModule($moduleName)
    {
        if ($f = Portal::enter(__METHOD__)) {
            return $f['value'];
        }
        return self::includeForDouble($moduleName);
    }

    /** The include itself, uncounted (the agent runner and event dispatch use it too). */
    public static function includeForDouble($moduleName): bool
    {
        if (!is_string($moduleName) || $moduleName === '') {
            throw new LoaderException('Empty module name');
        }
        if (trim($moduleName, " \t\n\r\0\x0B.") !== $moduleName || preg_match('#[^a-zA-Z0-9._]#', $moduleName)) {
            throw new LoaderException(sprintf("Module name '%s' is not correct", $moduleName));
        }
        $id = strtolower($moduleName);
        if (isset(self::$loaded[$id])) {
            return self::$loaded[$id];
        }
        if (!Portal::moduleInstalled($id)) {
            return self::$loaded[$id] = false;
        }
        if (isset(Portal::PORTAL_MODULES[$id])) {
            if ($id === 'imopenlines') {
                self::includeForDouble('im');
            }
            foreach (Portal::PORTAL_MODULES[$id] as $file) {
                require_once __DIR__ . '/' . $file;
            }
            return self::$loaded[$id] = true;
        }
        $root = self::root();
        $dir = $root . '/local/modules/' . $id;
        if (!file_exists($dir)) {
            $dir = $root . '/bitrix/modules/' . $id;
            if (!file_exists($dir)) {
                return self::$loaded[$id] = false;
            }
        }
        $base = strpos($id, '.') !== false ? str_replace('.', '\\', ucwords($id, '.')) : 'Bitrix\\' . ucfirst($id);
        $prefix = strtolower($base) . '\\';
        self::$namespaces[$prefix][] = $dir . '/lib';
        $ok = true;
        if (file_exists($dir . '/include.php')) {
            $ok = self::includeFile($dir . '/include.php');
        }
        if ($ok === false) {
            unset(self::$namespaces[$prefix]);
        }
        return self::$loaded[$id] = ($ok !== false);
    }

    private static function includeFile(string $path)
    {
        global $DB, $MESS;
        return include_once $path;
    }

    public static function root(): string
    {
        return rtrim((string)($_SERVER['DOCUMENT_ROOT'] ?? ''), '/');
    }

    public static function isLoadedForDouble(string $id): bool
    {
        return !empty(self::$loaded[strtolower($id)]);
    }

    public static function forgetForDouble(string $id): void
    {
        if ($id !== 'main') {
            unset(self::$loaded[strtolower($id)]);
        }
    }

    public static function resetForDouble(): void
    {
        self::$loaded = ['main' => true];
    }

    /** PSR-4 lookup under the registered module folders: the class path as written, then lowercased. */
    public static function autoLoadForDouble($className): void
    {
        $className = ltrim($className, '\\');
        if (preg_match('#[^\\\\/a-zA-Z0-9_]#', $className)) {
            return;
        }
        $tries = [$className];
        if (substr(strtolower($className), -5) === 'table') {
            $tries[] = substr($className, 0, -5);
        }
        foreach ($tries as $class) {
            $parts = explode('\\', strtolower($class));
            array_pop($parts);
            while ($parts) {
                $prefix = implode('\\', $parts) . '\\';
                foreach (self::$namespaces[$prefix] ?? [] as $path) {
                    $rest = implode('/', array_slice(explode('\\', $class), count($parts)));
                    foreach ([$path . '/' . $rest . '.php', $path . '/' . strtolower($rest) . '.php'] as $file) {
                        if (file_exists($file)) {
                            require_once $file;
                            return;
                        }
                    }
                }
                array_pop($parts);
            }
        }
    }
}

class ModuleManager
{
    public static function registerModule($moduleName)
    {
        if ($f = Portal::enter(__METHOD__)) {
            return $f['value'];
        }
        $id = strtolower((string)$moduleName);
        if (!Portal::moduleInstalled($id)) {
            Portal::$s['modules'][] = $id;
        }
        foreach (Portal::$s['agents'] as $i => $agent) {
            if ($agent['MODULE_ID'] === $id) {
                Portal::$s['agents'][$i]['ACTIVE'] = 'Y';
            }
        }
        Loader::forgetForDouble($id);
        (new Event('main', 'OnAfterRegisterModule', [$id]))->send();
    }

    public static function unRegisterModule($moduleName)
    {
        if ($f = Portal::enter(__METHOD__)) {
            return $f['value'];
        }
        $id = strtolower((string)$moduleName);
        \CAgent::removeModuleAgentsForDouble($id);
        Portal::$s['modules'] = array_values(array_diff(Portal::$s['modules'], [$id]));
        foreach (Portal::$s['agents'] as $i => $agent) {
            if ($agent['MODULE_ID'] === $id) {
                Portal::$s['agents'][$i]['ACTIVE'] = 'N';
            }
        }
        Loader::forgetForDouble($id);
        (new Event('main', 'OnAfterUnRegisterModule', [$id]))->send();
    }
}

class Error
{
    private $message;
    private $code;

    public function __construct($message, $code = 0)
    {
        $this->message = (string)$message;
        $this->code = $code;
    }

    public function getMessage()
    {
        return $this->message;
    }

    public function getCode()
    {
        return $this->code;
    }
}

/** ErrorCollection as far as activities use it: setError, isEmpty, iteration. */
class ErrorCollection implements \IteratorAggregate, \Countable
{
    private $errors = [];

    public function __construct(?array $values = null)
    {
        foreach ($values ?? [] as $error) {
            $this->setError($error);
        }
    }

    public function setError(Error $error, $offset = null)
    {
        if ($offset === null) {
            $this->errors[] = $error;
        } else {
            $this->errors[$offset] = $error;
        }
        return $this;
    }

    public function isEmpty(): bool
    {
        return $this->errors === [];
    }

    public function getIterator(): \Traversable
    {
        return new \ArrayIterator($this->errors);
    }

    public function count(): int
    {
        return count($this->errors);
    }
}

class Result
{
    protected $isSuccess = true;
    protected $errors = [];
    protected $data = [];

    public function isSuccess()
    {
        Portal::enter('Bitrix\Main\Result::isSuccess');
        return $this->isSuccess;
    }

    public function isSuccessForDouble(): bool
    {
        return $this->isSuccess;
    }

    public function addError(Error $error)
    {
        $this->isSuccess = false;
        $this->errors[] = $error;
        return $this;
    }

    public function getErrors()
    {
        return $this->errors;
    }

    public function getErrorMessages()
    {
        Portal::enter('Bitrix\Main\Result::getErrorMessages');
        return array_map(function (Error $e) {
            return $e->getMessage();
        }, $this->errors);
    }

    public function setData(array $data)
    {
        $this->data = $data;
        return $this;
    }

    public function getData()
    {
        Portal::enter('Bitrix\Main\Result::getData');
        return $this->data;
    }
}

class Application
{
    public static function getConnection($name = '')
    {
        if ($f = Portal::enter(__METHOD__)) {
            return $f['value'];
        }
        return new DB\Connection();
    }
}

}

namespace Bitrix\Main\DB {

use BxDouble\Portal;

class Connection
{
    public function isTableExists($tableName)
    {
        if ($f = Portal::enter('Bitrix\Main\DB\Connection::isTableExists')) {
            return $f['value'];
        }
        return \Bitrix\Main\ORM\Data\DataManager::storeOfTable((string)$tableName) !== null
            || array_key_exists((string)$tableName, Portal::$s['tables']);
    }

    public function dropTable($tableName)
    {
        if ($f = Portal::enter('Bitrix\Main\DB\Connection::dropTable')) {
            return $f['value'];
        }
        unset(Portal::$s['tables'][(string)$tableName]);
    }
}

}

namespace {

use BxDouble\Portal;

class CModule
{
    public $MODULE_ID;
    public $MODULE_VERSION;
    public $MODULE_VERSION_DATE;
    public $MODULE_NAME;
    public $MODULE_DESCRIPTION;
    public $MODULE_SORT = 10000;
    public $SHOW_SUPER_ADMIN_GROUP_RIGHTS;
    public $MODULE_GROUP_RIGHTS;
    public $PARTNER_NAME;
    public $PARTNER_URI;

    public function DoInstall()
    {
    }

    public function DoUninstall()
    {
    }

    public function InstallDB()
    {
    }

    public function UnInstallDB()
    {
    }

    public function InstallEvents()
    {
    }

    public function UnInstallEvents()
    {
    }

    public function InstallFiles()
    {
    }

    public function UnInstallFiles()
    {
    }

    /** install/index.php of the module, then an object of str_replace('.', '_', $id), or false. */
    public static function CreateModuleObject($moduleName)
    {
        $id = strtolower((string)$moduleName);
        if (preg_match('#[^a-z0-9_.]#', $id)) {
            return false;
        }
        foreach (['/local/modules/', '/bitrix/modules/'] as $holder) {
            $file = \Bitrix\Main\Loader::root() . $holder . $id . '/install/index.php';
            if (file_exists($file)) {
                include_once $file;
                $class = str_replace('.', '_', $id);
                return class_exists($class) ? new $class() : false;
            }
        }
        return false;
    }
}

class CTimeZone
{
    private static $disabled = 0;

    public static function GetOffset($USER_ID = null, $forced = false)
    {
        if ($f = Portal::enter(__METHOD__)) {
            return $f['value'];
        }
        if (self::$disabled > 0 || !Portal::setting('useTimeZones')) {
            return 0;
        }
        return (int)Portal::setting('userOffset');
    }

    /** The offset without counting a call (the double's own date arithmetic). */
    public static function GetOffsetForDouble(): int
    {
        return self::$disabled > 0 || !Portal::setting('useTimeZones') ? 0 : (int)Portal::setting('userOffset');
    }

    public static function Disable()
    {
        self::$disabled++;
    }

    public static function Enable()
    {
        if (self::$disabled > 0) {
            self::$disabled--;
        }
    }
}

function ConvertTimeStamp($timestamp = false, $type = 'SHORT', $site = false, $bSearchInSitesOnly = false)
{
    if ($f = Portal::enter('ConvertTimeStamp')) {
        return $f['value'];
    }
    if ($timestamp === false) {
        $timestamp = Portal::now();
    }
    $date = (new \DateTimeImmutable('@' . (int)$timestamp))->setTimezone(Portal::zone());
    return $date->format($type === 'FULL' ? 'd.m.Y H:i:s' : 'd.m.Y');
}

class CEventLog
{
    private const SEVERITIES = ['SECURITY', 'EMERGENCY', 'ALERT', 'CRITICAL', 'ERROR', 'WARNING', 'NOTICE', 'INFO', 'DEBUG'];

    public static function Add(array $fields)
    {
        global $USER;
        if ($f = Portal::enter(__METHOD__)) {
            return $f['value'];
        }
        $severity = isset($fields['SEVERITY']) && in_array($fields['SEVERITY'], self::SEVERITIES, true) ? $fields['SEVERITY'] : 'UNKNOWN';
        $description = $fields['DESCRIPTION'] ?? '';
        if (!is_string($description) && Portal::setting('line') !== 'H') {
            $description = json_encode($description);
        }
        $row = [
            'TIMESTAMP_X' => Portal::now(),
            'SEVERITY' => $severity,
            'AUDIT_TYPE_ID' => (string)($fields['AUDIT_TYPE_ID'] ?? ''),
            'MODULE_ID' => (string)($fields['MODULE_ID'] ?? ''),
            'ITEM_ID' => (string)($fields['ITEM_ID'] ?? ''),
            'REMOTE_ADDR' => $_SERVER['REMOTE_ADDR'],
            'REQUEST_URI' => $_SERVER['REQUEST_URI'],
            'SITE_ID' => $fields['SITE_ID'] ?? null,
            'USER_ID' => is_object($USER) && method_exists($USER, 'GetID') ? (int)$USER->GetID() : null,
            'DESCRIPTION' => $description,
        ];
        return Portal::insert('eventLog', $row);
    }
}

/** Copies a folder (absolute paths), as main/tools.php does for module installers. */
function CopyDirFiles($path_from, $path_to, $ReWrite = true, $Recursive = false, $bDeleteAfterCopy = false, $strExclude = "")
{
    Portal::enter('CopyDirFiles');
    if (!is_dir($path_from)) {
        return false;
    }
    if (!is_dir($path_to)) {
        mkdir($path_to, 0777, true);
    }
    foreach (scandir($path_from) as $name) {
        if ($name === '.' || $name === '..') {
            continue;
        }
        $from = $path_from . '/' . $name;
        $to = $path_to . '/' . $name;
        if (is_dir($from)) {
            if ($Recursive) {
                CopyDirFiles($from, $to, $ReWrite, true, $bDeleteAfterCopy, $strExclude);
            }
        } elseif ($ReWrite || !file_exists($to)) {
            copy($from, $to);
        }
    }
    return true;
}

/** Deletes a file or folder given relative to DOCUMENT_ROOT. */
function DeleteDirFilesEx($path, $root = null)
{
    Portal::enter('DeleteDirFilesEx');
    $full = rtrim((string)($root ?? $_SERVER['DOCUMENT_ROOT']), '/') . '/' . ltrim((string)$path, '/');
    $remove = static function (string $p) use (&$remove): void {
        if (is_dir($p)) {
            foreach (scandir($p) as $name) {
                if ($name !== '.' && $name !== '..') {
                    $remove($p . '/' . $name);
                }
            }
            rmdir($p);
        } elseif (file_exists($p)) {
            unlink($p);
        }
    };
    if (!file_exists($full)) {
        return false;
    }
    $remove($full);
    return true;
}

}
