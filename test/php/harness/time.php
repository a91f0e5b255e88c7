<?php
/*
 * Differential-test harness for the time functions of the generated decision core (plain PHP).
 *
 * Usage: php time.php <core dir> <root namespace> <calls.jsonl> <results.jsonl>
 *
 * Each input line is `{"fn": …, "args": […]}` for one of the core's time functions; each output line is
 * `{"value": …}` or `{"error": "<class>: <message>"}`.
 */
declare(strict_types=1);

if ($argc !== 5) {
    fwrite(STDERR, "usage: php time.php <core dir> <namespace> <calls.jsonl> <results.jsonl>\n");
    exit(2);
}
[, $coreDir, $namespace, $inPath, $outPath] = $argv;

$prefix = $namespace . '\\Core\\';
spl_autoload_register(static function (string $class) use ($prefix, $coreDir): void {
    if (strncmp($class, $prefix, strlen($prefix)) === 0) {
        require $coreDir . '/' . strtolower(substr($class, strlen($prefix))) . '.php';
    }
});
set_error_handler(static function (int $severity, string $message, string $file, int $line): bool {
    throw new ErrorException($message, 0, $severity, $file, $line);
});

$instant = $prefix . 'Instant';
$schedule = $prefix . 'Schedule';
$functions = [
    'millis' => [$instant, 'millis'],
    'addMinutes' => [$instant, 'addMinutes'],
    'localDate' => [$instant, 'localDate'],
    'wallClock' => [$schedule, 'wallClock'],
    'insideSchedule' => [$schedule, 'insideSchedule'],
    'insideWindow' => [$schedule, 'insideWindow'],
];

$in = fopen($inPath, 'rb');
$out = fopen($outPath, 'wb');
while (($line = fgets($in)) !== false) {
    if (trim($line) === '') {
        continue;
    }
    try {
        $call = json_decode($line, true, 512, JSON_THROW_ON_ERROR);
        $value = call_user_func_array($functions[$call['fn']], $call['args']);
        $text = json_encode(['value' => $value], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR);
    } catch (Throwable $e) {
        $text = json_encode(['error' => get_class($e) . ': ' . $e->getMessage()], JSON_INVALID_UTF8_SUBSTITUTE);
    }
    fwrite($out, $text . "\n");
}
fclose($in);
fclose($out);
