<?php
/*
 * Test double of the Bitrix "main" module, part 2: Option, Loc and the date types
 * (Bitrix\Main\Type\Date, DateTime), which read the double's clock, never the real one.
 * Behaviour follows docs/bitrix-api-contract.md; no Bitrix code is used.
 */

namespace Bitrix\Main\Config {

use Bitrix\Main\ArgumentException;
use Bitrix\Main\ArgumentNullException;
use Bitrix\Main\Loader;
use BxDouble\Portal;

class Option
{
    /** Defaults the double's own portal modules declare (their default_option.php). */
    private const PORTAL_DEFAULTS = ['main' => ['agents_use_crontab' => 'N']];

    public static function get($moduleId, $name, $default = '', $siteId = false)
    {
        if ($f = Portal::enter(__METHOD__)) {
            return $f['value'];
        }
        return self::getForDouble($moduleId, $name, $default, $siteId);
    }

    public static function getForDouble($moduleId, $name, $default = '', $siteId = false)
    {
        $moduleId = strtolower((string)$moduleId);
        $name = strtolower((string)$name);
        $site = $siteId === false ? Portal::setting('siteId') : (string)$siteId;
        $global = null;
        foreach (Portal::$s['options'] as $row) {
            if ($row['MODULE_ID'] === $moduleId && $row['NAME'] === $name) {
                if ($row['SITE_ID'] === $site && $site !== '') {
                    return (string)$row['VALUE'];
                }
                if ($row['SITE_ID'] === '-' || $row['SITE_ID'] === '') {
                    $global = (string)$row['VALUE'];
                }
            }
        }
        if ($global !== null) {
            return $global;
        }
        if ($default == '') {
            $defaults = self::defaults($moduleId);
            if (array_key_exists($name, $defaults)) {
                return $defaults[$name];
            }
        }
        return $default;
    }

    private static function defaults(string $moduleId): array
    {
        if (isset(self::PORTAL_DEFAULTS[$moduleId])) {
            return self::PORTAL_DEFAULTS[$moduleId];
        }
        foreach (['/local/modules/', '/bitrix/modules/'] as $holder) {
            $file = Loader::root() . $holder . $moduleId . '/default_option.php';
            if (file_exists($file)) {
                $var = str_replace('.', '_', $moduleId) . '_default_option';
                $read = function () use ($file, $var) {
                    include $file;
                    return isset($$var) && is_array($$var) ? $$var : [];
                };
                return $read();
            }
        }
        return [];
    }

    public static function set($moduleId, $name, $value = '', $siteId = '')
    {
        if ($f = Portal::enter(__METHOD__)) {
            return $f['value'];
        }
        if ((string)$moduleId === '') {
            throw new ArgumentNullException('moduleId');
        }
        if ((string)$name === '') {
            throw new ArgumentNullException('name');
        }
        $moduleId = strtolower((string)$moduleId);
        $name = substr(strtolower((string)$name), 0, 100);
        $site = (string)$siteId === '' ? '-' : (string)$siteId;
        foreach (Portal::$s['options'] as $i => $row) {
            if ($row['MODULE_ID'] === $moduleId && $row['NAME'] === $name && $row['SITE_ID'] === $site) {
                Portal::$s['options'][$i]['VALUE'] = (string)$value;
                return;
            }
        }
        Portal::$s['options'][] = ['MODULE_ID' => $moduleId, 'NAME' => $name, 'VALUE' => (string)$value, 'SITE_ID' => $site];
    }

    public static function delete($moduleId, array $filter = [])
    {
        if ($f = Portal::enter(__METHOD__)) {
            return $f['value'];
        }
        if ((string)$moduleId === '') {
            throw new ArgumentNullException('moduleId');
        }
        foreach (array_keys($filter) as $key) {
            if ($key !== 'name' && $key !== 'site_id') {
                throw new ArgumentException('Filter key is not supported: ' . $key);
            }
        }
        $moduleId = strtolower((string)$moduleId);
        Portal::delete('options', function ($row) use ($moduleId, $filter) {
            if ($row['MODULE_ID'] !== $moduleId) {
                return false;
            }
            if (isset($filter['name']) && $row['NAME'] !== strtolower((string)$filter['name'])) {
                return false;
            }
            if (isset($filter['site_id']) && $row['SITE_ID'] !== ((string)$filter['site_id'] === '' ? '-' : (string)$filter['site_id'])) {
                return false;
            }
            return true;
        });
    }
}

}

namespace Bitrix\Main\Localization {

use BxDouble\Portal;

final class Loc
{
    private static $messages = [];
    private static $lazy = [];
    /** @var array<string, string> every file ever registered, in order */
    private static $registered = [];
    private static $tried = [];

    public static function loadMessages($file)
    {
        if ($f = Portal::enter(__METHOD__)) {
            return $f['value'];
        }
        $real = realpath((string)$file);
        $file = str_replace('\\', '/', $real !== false ? $real : (string)$file);
        self::$lazy[$file] = $file;
        self::$registered[$file] = $file;
    }

    public static function getMessage($code, $replace = null, $language = null)
    {
        if ($f = Portal::enter(__METHOD__)) {
            return $f['value'];
        }
        $language = $language ?? (defined('LANGUAGE_ID') ? LANGUAGE_ID : 'en');
        if (!isset(self::$messages[$language][$code]) && $code != '') {
            foreach (array_reverse(self::$lazy) as $file) {
                if (!isset(self::$tried[$language][$file])) {
                    self::$tried[$language][$file] = true;
                    self::$messages[$language] = array_merge(self::$messages[$language] ?? [], self::langFile($file, $language));
                }
                unset(self::$lazy[$file]);
                if (isset(self::$messages[$language][$code])) {
                    break;
                }
            }
        }
        $s = self::$messages[$language][$code] ?? null;
        if (is_array($replace) && $s !== null) {
            $s = strtr($s, $replace);
        }
        return $s;
    }

    /** The nearest ancestor folder with lang/ holds lang/<lng>/<path below it>; the default language loads first. */
    private static function langFile(string $file, string $language): array
    {
        $dir = $file;
        while (($slash = strrpos($dir, '/')) !== false && $slash > 0) {
            $dir = substr($dir, 0, $slash);
            if (is_dir($dir . '/lang')) {
                $rest = substr($file, strlen($dir));
                $mess = [];
                $default = in_array($language, ['ru', 'kz', 'by', 'uz'], true) ? 'ru' : 'en';
                foreach (array_unique([$default, $language]) as $lng) {
                    $path = $dir . '/lang/' . $lng . $rest;
                    if (file_exists($path)) {
                        $mess = array_merge($mess, self::read($path));
                    }
                }
                return $mess;
            }
        }
        return [];
    }

    private static function read(string $path): array
    {
        $MESS = [];
        include $path;
        return $MESS;
    }

    /**
     * A new process: the messages are forgotten, but files PHP already included (require_once will not
     * run them again) keep their registration, as they would register again when included anew.
     */
    public static function resetForDouble(): void
    {
        self::$messages = [];
        self::$lazy = self::$registered;
        self::$tried = [];
    }
}

}

namespace Bitrix\Main\Type {

use BxDouble\Portal;

/** A calendar date in the server zone; `DateTime` adds the time of day. */
class Date
{
    /** @var \DateTime */
    protected $value;

    public function __construct($date = null, $format = null)
    {
        $this->value = new \DateTime('@' . Portal::now());
        $this->value->setTimezone(Portal::zone());
        if ($date !== null && $date !== '') {
            $parsed = \DateTime::createFromFormat('!' . ($format ?? static::siteFormat()), (string)$date, Portal::zone());
            if ($parsed === false) {
                throw new \Bitrix\Main\ObjectException('Incorrect date: ' . $date);
            }
            $this->value = $parsed;
        }
        if (!($this instanceof DateTime)) {
            $this->value->setTime(0, 0, 0);
        }
    }

    protected static function siteFormat(): string
    {
        return 'd.m.Y';
    }

    public function getTimestamp()
    {
        Portal::enter('Bitrix\Main\Type\Date::getTimestamp');
        return $this->value->getTimestamp();
    }

    /** `$interval`: ISO 8601 ("P1D", "PT2H"), designators ("1D", "-2H 30I"), or relative text ("+1 day"). */
    public function add($interval)
    {
        Portal::enter('Bitrix\Main\Type\Date::add');
        $interval = trim((string)$interval);
        $negative = false;
        if ($interval !== '' && ($interval[0] === '-' || $interval[0] === '+')) {
            $negative = $interval[0] === '-';
            $interval = ltrim(substr($interval, 1));
        }
        if (preg_match('/^P/i', $interval)) {
            $i = new \DateInterval(strtoupper($interval));
        } elseif (preg_match('/^(\s*\d+\s*(MI|[YMDHIS])\s*)+$/i', $interval)) {
            preg_match_all('/(\d+)\s*(MI|[YMDHIS])/i', $interval, $m, PREG_SET_ORDER);
            $date = '';
            $time = '';
            foreach ($m as $part) {
                $unit = strtoupper($part[2]);
                if (in_array($unit, ['Y', 'D'], true) || $unit === 'M') {
                    $date .= $part[1] . $unit;
                } else {
                    $time .= $part[1] . ($unit === 'MI' || $unit === 'I' ? 'M' : $unit);
                }
            }
            $i = new \DateInterval('P' . $date . ($time !== '' ? 'T' . $time : ''));
        } else {
            $i = \DateInterval::createFromDateString(($negative ? '-' : '') . $interval);
            $negative = false;
        }
        if ($negative) {
            $i->invert = 1;
        }
        $this->value->add($i);
        return $this;
    }

    public function getTimestampForDouble(): int
    {
        return $this->value->getTimestamp();
    }

    public function format($format)
    {
        return $this->value->format((string)$format);
    }

    public function toString()
    {
        return $this->value->format(static::siteFormat());
    }

    public function __toString()
    {
        return $this->toString();
    }

    public function __clone()
    {
        $this->value = clone $this->value;
    }
}

class DateTime extends Date
{
    public function __construct($time = null, $format = null, ?\DateTimeZone $timezone = null)
    {
        parent::__construct($time, $format);
        if ($timezone !== null) {
            $this->value->setTimezone($timezone);
        }
    }

    protected static function siteFormat(): string
    {
        return 'd.m.Y H:i:s';
    }

    public static function createFromTimestamp($timestamp)
    {
        Portal::enter('Bitrix\Main\Type\DateTime::createFromTimestamp');
        return static::createFromTimestampForDouble((int)$timestamp);
    }

    public static function createFromTimestampForDouble(int $timestamp): self
    {
        $d = new static();
        $d->value->setTimestamp($timestamp);
        return $d;
    }
}

}
