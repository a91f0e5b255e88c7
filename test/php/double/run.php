<?php
/*
 * Story runner of the Bitrix24 test double: `php run.php story.json transcript.json`.
 * Runs every step of the story in this one PHP process and writes a JSON transcript: per step its
 * result or caught error, the events dispatched, the portal calls made, warnings and notes; at the
 * end the total calls. Step kinds are documented in test/helpers/portal.ts.
 */

$story = json_decode((string)file_get_contents($argv[1] ?? 'php://stdin'), true);
if (!is_array($story)) {
    fwrite(STDERR, "run.php: the story is not JSON\n");
    exit(2);
}
define('LANGUAGE_ID', (string)($story['lang'] ?? 'en'));

require __DIR__ . '/bootstrap.php';

use BxDouble\Json;
use BxDouble\OpenLines;
use BxDouble\Portal;

$warnings = [];
set_error_handler(function ($severity, $message, $file, $line) use (&$warnings) {
    if (!(error_reporting() & $severity)) {
        return false;
    }
    $kinds = [E_WARNING => 'Warning', E_NOTICE => 'Notice', E_DEPRECATED => 'Deprecated', E_USER_WARNING => 'Warning',
        E_USER_NOTICE => 'Notice', E_USER_DEPRECATED => 'Deprecated', E_STRICT => 'Strict'];
    $warnings[] = ($kinds[$severity] ?? 'Error') . ': ' . $message . ' at ' . str_replace($_SERVER['DOCUMENT_ROOT'] ?? '', '', $file) . ':' . $line;
    return true;
});

/** Story values with markers turned into objects: {"$session": id}, {"$chat": id}, {"$datetime": ts}, {"$sessionRow": id}, {"$config": id}. */
function bx_double_decode($value)
{
    if (!is_array($value)) {
        return $value;
    }
    if (count($value) === 1) {
        $key = array_keys($value)[0];
        switch ($key) {
            case '$datetime':
                return \Bitrix\Main\Type\DateTime::createFromTimestampForDouble((int)$value[$key]);
            case '$session':
                \Bitrix\Main\Loader::includeForDouble('imopenlines');
                return new \Bitrix\ImOpenLines\Session((int)$value[$key]);
            case '$chat':
                \Bitrix\Main\Loader::includeForDouble('imopenlines');
                return new \Bitrix\ImOpenLines\Chat((int)$value[$key]);
            case '$sessionRow':
                \Bitrix\Main\Loader::includeForDouble('imopenlines');
                return \Bitrix\ImOpenLines\Model\SessionTable::rowForDouble((int)$value[$key]);
            case '$config':
                \Bitrix\Main\Loader::includeForDouble('imopenlines');
                return \Bitrix\ImOpenLines\Model\ConfigTable::rowForDouble((int)$value[$key]);
        }
    }
    return array_map('bx_double_decode', $value);
}

function bx_double_time($at): int
{
    if (is_numeric($at)) {
        return (int)$at;
    }
    return (new DateTimeImmutable((string)$at, Portal::zone()))->getTimestamp();
}

function bx_double_portal(): void
{
    if (!\Bitrix\Main\Loader::includeForDouble('imopenlines')) {
        throw new RuntimeException('imopenlines is not installed in the store');
    }
}

/** One module's install object, as CModule::CreateModuleObject makes it. */
function bx_double_module(string $id)
{
    $module = CModule::CreateModuleObject($id);
    if ($module === false) {
        throw new RuntimeException('CModule::CreateModuleObject(' . $id . ') gave false');
    }
    return $module;
}

function bx_double_step(array $step)
{
    switch ($step['do']) {
        case 'seed':
            Portal::seed((array)($step['store'] ?? []));
            return null;
        case 'installModule':
            return bx_double_module((string)$step['module'])->DoInstall();
        case 'uninstallModule':
            return bx_double_module((string)$step['module'])->DoUninstall();
        case 'fireEvent':
            $event = new \Bitrix\Main\Event((string)$step['module'], (string)$step['event'], (array)bx_double_decode($step['params'] ?? []));
            $event->send();
            return array_map(function ($r) {
                return ['type' => $r->getType(), 'parameters' => $r->getParameters(), 'moduleId' => $r->getModuleId()];
            }, $event->getResults());
        case 'startSession':
            bx_double_portal();
            $id = OpenLines::createSession($step);
            $row = Portal::row('sessions', $id);
            return ['sessionId' => $id, 'chatId' => (int)$row['CHAT_ID'], 'operatorId' => (int)$row['OPERATOR_ID']];
        case 'answer':
            bx_double_portal();
            OpenLines::answer((int)$step['sessionId'], (int)$step['userId']);
            return null;
        case 'finishSession':
            bx_double_portal();
            return OpenLines::finish((int)$step['sessionId']);
        case 'transfer':
            bx_double_portal();
            return OpenLines::transfer((int)$step['chatId'], (array)$step['params']);
        case 'queueTick':
            bx_double_portal();
            return OpenLines::queueTick();
        case 'setClock':
            Portal::$s['clock'] = isset($step['advance']) ? Portal::now() + (int)$step['advance'] : bx_double_time($step['at']);
            return Portal::now();
        case 'runAgents':
            $passes = [];
            for ($i = 0, $n = max(1, (int)($step['passes'] ?? 1)); $i < $n; $i++) {
                if ($i > 0 && isset($step['advanceBetween'])) {
                    Portal::$s['clock'] += (int)$step['advanceBetween'];
                }
                if (!empty($step['newProcess'])) {
                    Portal::newProcess();
                }
                $passes[] = \BxDouble\AgentRunner::run();
            }
            return $n === 1 ? $passes[0] : $passes;
        case 'newProcess':
            Portal::newProcess();
            return null;
        case 'mutate':
            foreach ((array)$step['ops'] as $op) {
                bx_double_mutate($op);
            }
            return null;
        case 'injectFault':
            Portal::inject($step['fault'] ?? array_diff_key($step, ['do' => 1, 'label' => 1]));
            return null;
        case 'clearFaults':
            Portal::clearFaults($step['symbol'] ?? null);
            return null;
        case 'call':
            $code = (string)$step['php'];
            return (function () use ($code) {
                return eval($code);
            })();
        case 'showOptions':
            return bx_double_options($step);
        case 'dump':
            return Portal::dump(isset($step['only']) ? (array)$step['only'] : null);
    }
    throw new InvalidArgumentException('unknown step: ' . $step['do']);
}

/** ops: {table, id, key?, set}, {table, insert}, {table, delete: id, key?}, {setting, value}, {store: key, value} */
function bx_double_mutate(array $op): void
{
    if (isset($op['setting'])) {
        Portal::$s['settings'][$op['setting']] = $op['value'] ?? null;
        return;
    }
    if (isset($op['store'])) {
        Portal::$s[$op['store']] = $op['value'];
        return;
    }
    $table = (string)$op['table'];
    $key = (string)($op['key'] ?? 'ID');
    if (array_key_exists('insert', $op)) {
        $row = (array)$op['insert'];
        if ($key === 'ID') {
            Portal::insert($table, $row);
        } else {
            Portal::$s[$table][] = $row;
        }
        return;
    }
    if (array_key_exists('delete', $op)) {
        $value = (string)$op['delete'];
        $n = Portal::delete($table, function ($r) use ($key, $value) {
            return isset($r[$key]) && (string)$r[$key] === $value;
        });
        if ($n === 0) {
            throw new RuntimeException("mutate: no $table row with $key = $value");
        }
        return;
    }
    $i = Portal::find($table, $op['id'], $key);
    if ($i === null) {
        throw new RuntimeException("mutate: no $table row with $key = " . $op['id']);
    }
    foreach ((array)$op['set'] as $field => $value) {
        Portal::$s[$table][$i][$field] = $value;
    }
}

/** Includes the module's options.php as settings.php does, with $mid and a GET or POST request. */
function bx_double_options(array $step): array
{
    global $APPLICATION, $USER, $DB;
    $mid = (string)$step['module'];
    $post = (array)($step['post'] ?? []);
    $_SERVER['REQUEST_METHOD'] = strtoupper((string)($step['method'] ?? ($post ? 'POST' : 'GET')));
    $_POST = $post;
    $_GET = ['mid' => $mid, 'lang' => LANGUAGE_ID];
    $_REQUEST = array_merge($_GET, $_POST);
    $file = \Bitrix\Main\Loader::root() . '/local/modules/' . $mid . '/options.php';
    $out = ['html' => '', 'redirect' => null, 'listed' => file_exists($file) && CMain::GetGroupRight($mid) >= 'R'];
    ob_start();
    try {
        (function () use ($file, $mid) {
            global $APPLICATION, $USER, $DB;
            include $file;
        })();
    } catch (\BxDouble\Redirect $r) {
        $out['redirect'] = $r->url;
    } finally {
        $out['html'] = ob_get_clean();
        $_POST = $_GET = $_REQUEST = [];
        $_SERVER['REQUEST_METHOD'] = 'GET';
    }
    return $out;
}

$transcript = ['php' => PHP_VERSION, 'steps' => []];
foreach ((array)($story['steps'] ?? []) as $index => $step) {
    $callsBefore = Portal::$calls;
    $firedBefore = count(Portal::$fired);
    $notesBefore = count(Portal::$notes);
    $warnings = [];
    $entry = ['index' => $index, 'do' => $step['do'] ?? '?'];
    if (isset($step['label'])) {
        $entry['label'] = $step['label'];
    }
    ob_start();
    try {
        $entry['result'] = Json::plain(bx_double_step($step));
        $entry['ok'] = true;
    } catch (\Throwable $e) {
        $entry['ok'] = false;
        $entry['error'] = ['class' => get_class($e), 'message' => $e->getMessage(), 'at' => basename($e->getFile()) . ':' . $e->getLine()];
    }
    $output = ob_get_clean();
    if ($output !== '') {
        $entry['output'] = $output;
    }
    $entry['calls'] = \BxDouble\AgentRunner::delta($callsBefore);
    $entry['events'] = Json::plain(array_slice(Portal::$fired, $firedBefore));
    $entry['notes'] = array_slice(Portal::$notes, $notesBefore);
    $entry['warnings'] = $warnings;
    $transcript['steps'][] = $entry;
}
$transcript['calls'] = Portal::$calls;
ksort($transcript['calls']);
$transcript['final'] = Portal::dump();

$json = json_encode(Json::plain($transcript), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PARTIAL_OUTPUT_ON_ERROR | JSON_PRESERVE_ZERO_FRACTION);
if (isset($argv[2])) {
    file_put_contents($argv[2], $json);
} else {
    echo $json;
}
