<?php
/**
 * Test double of the bizproc runtime as far as the module's activities use it: CBPActivity (declared
 * properties, __get/__set on declared keys only, the document id, property types, the tracking log),
 * the modern BaseActivity (module check, prepared properties, internalExecute, errors to the log,
 * always Closed), the status and tracking constants. Loaded only by Loader::includeModule('bizproc').
 */

namespace {

use BxDouble\Portal;

final class CBPActivityExecutionStatus
{
    const Initialized = 0;
    const Executing = 1;
    const Canceling = 2;
    const Closed = 3;
    const Faulting = 4;
    const Cancelled = 5;
}

final class CBPHelper
{
    /**
     * User ids from a user field's value: `user_<id>` → id; `{=Document:FIELD}` → that field of the
     * document; anything else would be a group code, and the double has no groups. With $bFirst the
     * first id or null.
     */
    public static function extractUsers($arUsersDraft, $documentId, $bFirst = false)
    {
        Portal::enter('CBPHelper::ExtractUsers');
        $result = [];
        foreach (is_array($arUsersDraft) ? $arUsersDraft : [$arUsersDraft] as $user) {
            if (!is_scalar($user)) {
                continue;
            }
            $values = CBPActivity::isDocumentExpressionForDouble((string)$user)
                ? (array)CBPActivity::documentFieldForDouble($documentId, (string)$user)
                : [$user];
            foreach ($values as $value) {
                if (is_string($value) && strpos($value, 'user_') === 0 && (int)substr($value, 5) > 0 && !in_array((int)substr($value, 5), $result, true)) {
                    $result[] = (int)substr($value, 5);
                }
            }
        }
        if (!$bFirst) {
            return $result;
        }
        return count($result) > 0 ? $result[0] : null;
    }
}

final class CBPTrackingType
{
    const Custom = 5;
    const Report = 6;
    const Error = 9;
}

abstract class CBPActivity
{
    public $name;
    protected $arProperties = [];
    protected $arPropertiesTypes = [];
    /** @var array the workflow's document id, set by the double's runner */
    private $documentIdForDouble = [];

    public function __construct($name)
    {
        $this->name = $name;
    }

    public function __get($name)
    {
        return array_key_exists($name, $this->arProperties) ? $this->arProperties[$name] : null;
    }

    public function __set($name, $value)
    {
        if (array_key_exists($name, $this->arProperties)) {
            $this->arProperties[$name] = $value;
        }
    }

    public function getDocumentId()
    {
        Portal::enter('CBPActivity::GetDocumentId');
        return $this->documentIdForDouble;
    }

    public function setPropertiesTypes($arPropertiesTypes = array())
    {
        Portal::enter('CBPActivity::SetPropertiesTypes');
        foreach ($arPropertiesTypes as $key => $type) {
            $this->arPropertiesTypes[$key] = $type;
        }
    }

    protected function writeToTrackingService($message = '', $modifiedBy = 0, $trackingType = -1)
    {
        Portal::insert('tracking', [
            'ACTIVITY' => $this->name, 'TYPE' => $trackingType === -1 ? CBPTrackingType::Custom : (int)$trackingType,
            'MESSAGE' => (string)$message, 'MODIFIED_BY' => (int)$modifiedBy,
        ]);
    }

    /** The template's values for the declared keys only; unknown keys are dropped, as the runtime does. */
    public function initializeFromArray($arParams)
    {
        foreach ((array)$arParams as $key => $value) {
            if (array_key_exists($key, $this->arProperties)) {
                $this->arProperties[$key] = $value;
            }
        }
    }

    /** Whether a value is a `{=Document:FIELD}` expression. */
    public static function isDocumentExpressionForDouble(string $value): bool
    {
        return preg_match('/^\{=Document:([A-Z0-9_]+)\}$/', $value) === 1;
    }

    /**
     * A `{=Document:FIELD}` expression read from a CRM document of the store, as the CRM document
     * service returns it: user fields as `user_<id>`; null for anything it cannot read.
     */
    public static function documentFieldForDouble($documentId, string $expression)
    {
        if (preg_match('/^\{=Document:([A-Z0-9_]+)\}$/', $expression, $m) !== 1 || !is_array($documentId)
            || preg_match('/^(DEAL|CONTACT)_(\d+)$/', (string)($documentId[2] ?? ''), $d) !== 1) {
            return null;
        }
        $row = Portal::row($d[1] === 'DEAL' ? 'deals' : 'contacts', (int)$d[2]);
        if ($row === null || !array_key_exists($m[1], $row)) {
            return null;
        }
        $value = $row[$m[1]];
        return in_array($m[1], ['ASSIGNED_BY_ID', 'CREATED_BY_ID', 'MODIFY_BY_ID'], true) ? ((int)$value > 0 ? 'user_' . (int)$value : null) : $value;
    }

    /** What the runtime's ParseValue makes of a property's raw value (document expressions only). */
    protected function parseValueForDouble($value)
    {
        return is_string($value) && self::isDocumentExpressionForDouble($value) ? self::documentFieldForDouble($this->documentIdForDouble, $value) : $value;
    }

    public function setDocumentIdForDouble(array $documentId): void
    {
        $this->documentIdForDouble = $documentId;
    }

    public function propertyForDouble(string $name)
    {
        return $this->__get($name);
    }

    abstract public function execute();
}

}

namespace Bitrix\Bizproc\Activity {

use Bitrix\Main\ErrorCollection;
use Bitrix\Main\Loader;

class PropertiesDialog
{
}

abstract class BaseActivity extends \CBPActivity
{
    protected static $requiredModules = [];
    protected $preparedProperties = [];

    public function __get($name)
    {
        return $this->preparedProperties[$name] ?? parent::__get($name);
    }

    public function execute()
    {
        foreach (static::$requiredModules as $module) {
            if (!Loader::includeModule($module)) {
                return \CBPActivityExecutionStatus::Closed;
            }
        }
        // as prepareProperties(): parse each value, then cast int and bool by the declared type
        foreach ($this->arProperties as $key => $value) {
            $value = $this->parseValueForDouble($value);
            $type = $this->arPropertiesTypes[$key]['Type'] ?? (static::getPropertiesDialogMap()[$key]['Type'] ?? '');
            if ($value !== null && $type === 'int') {
                $value = is_array($value) ? (count($value) === 1 ? (int)array_shift($value) : 0) : (int)$value;
            } elseif ($value !== null && $type === 'bool') {
                // CBPHelper::getBool: empty, 'false', 0 and 'N' are false, anything else is (bool)
                $value = !(empty($value) || $value === 'false' || (is_scalar($value) && strtoupper((string)$value) === 'N')) && (bool)$value;
            }
            $this->preparedProperties[$key] = $value;
        }
        $errors = $this->checkProperties();
        if ($errors->isEmpty()) {
            $errors = $this->internalExecute();
        }
        foreach ($errors as $error) {
            $this->logError($error->getMessage());
        }
        return \CBPActivityExecutionStatus::Closed;
    }

    protected function checkProperties(): ErrorCollection
    {
        return new ErrorCollection();
    }

    protected function internalExecute(): ErrorCollection
    {
        return new ErrorCollection();
    }

    protected function logError(string $message = '', int $userId = 0): void
    {
        $this->log($message, $userId, \CBPTrackingType::Error);
    }

    protected function log(string $message = '', int $userId = 0, int $type = -1): void
    {
        $this->writeToTrackingService($message, $userId, $type);
    }

    abstract protected static function getFileName(): string;

    public static function getPropertiesDialogMap(?PropertiesDialog $dialog = null): array
    {
        return [];
    }
}

}
