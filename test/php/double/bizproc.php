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
        foreach ($this->arProperties as $key => $value) {
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
