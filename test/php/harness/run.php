<?php
/*
 * Differential-test harness for the generated decision core (plain PHP, not generated).
 *
 * Usage: php run.php <core dir> <root namespace> <cases.jsonl> <results.jsonl>
 *
 * Reads one `{"world": …, "event": …}` per line, calls `<namespace>\Core\Decider::decide` for each inside
 * try/catch, and writes one JSON line per input: the result, or `{"error": "<class>: <message>"}`. The last
 * line of standard output gives the case count, the seconds of the whole run and of `decide` alone.
 * Notices and warnings are turned into errors, so sloppy array access cannot pass unnoticed.
 *
 * JSON shapes: every object of the result shape (decision, effect, trace, candidate, rule trace, target)
 * always has keys, and every list is built by appending, so `json_encode` writes objects as `{…}` and
 * lists — empty ones included — as `[…]`; ints stay ints. `assertShape` checks the lists anyway. The
 * flags make the text the same as JavaScript's `JSON.stringify`, which the test compares it with.
 */
declare(strict_types=1);

const JSON_OUT = JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_LINE_TERMINATORS | JSON_THROW_ON_ERROR;

if ($argc !== 5) {
    fwrite(STDERR, "usage: php run.php <core dir> <namespace> <cases.jsonl> <results.jsonl>\n");
    exit(2);
}
[, $coreDir, $namespace, $inPath, $outPath] = $argv;

$prefix = $namespace . '\\Core\\';
spl_autoload_register(static function (string $class) use ($prefix, $coreDir): void {
    if (strncmp($class, $prefix, strlen($prefix)) !== 0) {
        return;
    }
    $file = $coreDir . '/' . strtolower(substr($class, strlen($prefix))) . '.php';
    if (is_file($file)) {
        require $file;
    }
});

set_error_handler(static function (int $severity, string $message, string $file, int $line): bool {
    throw new ErrorException($message, 0, $severity, $file, $line);
});

/** Lists in the result must be PHP lists, or json_encode would write them as objects. */
function assertShape(array $r): void
{
    $lists = [$r['effects'], $r['trace']['reasons'], $r['trace']['candidates'], $r['trace']['rules']];
    foreach ($r['trace']['candidates'] as $c) {
        $lists[] = $c['reasons'];
    }
    foreach ($lists as $list) {
        if ($list !== array_values($list)) {
            throw new LogicException('a list of the result is not a PHP list');
        }
    }
}

$decider = $prefix . 'Decider';
$in = fopen($inPath, 'rb');
$out = fopen($outPath, 'wb');
$started = hrtime(true);
$deciding = 0;
$count = 0;
while (($line = fgets($in)) !== false) {
    if (trim($line) === '') {
        continue;
    }
    try {
        $case = json_decode($line, true, 512, JSON_THROW_ON_ERROR);
        $t = hrtime(true);
        $result = $decider::decide($case['world'], $case['event']);
        $deciding += hrtime(true) - $t;
        assertShape($result);
        $text = json_encode($result, JSON_OUT);
    } catch (Throwable $e) {
        $text = json_encode(['error' => get_class($e) . ': ' . $e->getMessage()], JSON_OUT | JSON_INVALID_UTF8_SUBSTITUTE);
    }
    fwrite($out, $text . "\n");
    $count++;
}
fclose($in);
fclose($out);
fwrite(STDOUT, json_encode(['cases' => $count, 'seconds' => (hrtime(true) - $started) / 1e9, 'decideSeconds' => $deciding / 1e9]) . "\n");
