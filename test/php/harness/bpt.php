<?php
/*
 * `.bpt` test harness (plain PHP, not generated). Usage: php bpt.php <cases.jsonl> <results.jsonl>
 *
 * Each case: {"tree": <typed tree>, "ts": base64 of b24route's serialize, "packed": base64 of a packed
 * file or null}. The typed tree builds the value in PHP independently of b24route's own JSON form:
 * {"t":"null"} {"t":"bool","v":…} {"t":"int","v":"<digits>"} {"t":"float","v":"<text>"} {"t":"string","v":…}
 * {"t":"array","e":[[key, tree], …]}. Each result: base64 of PHP's serialize of the built value, of
 * serialize(unserialize(ts)), of serialize of the unpacked file as the portal's importer reads it, and the
 * file the portal's exporter writes for the value.
 */
declare(strict_types=1);

set_error_handler(static function (int $severity, string $message, string $file, int $line): bool {
    if ((error_reporting() & $severity) === 0) {
        return false; // silenced with @, as the portal's importer silences its attempts
    }
    throw new ErrorException($message, 0, $severity, $file, $line);
});

function build(array $n)
{
    switch ($n['t']) {
        case 'null': return null;
        case 'bool': return (bool)$n['v'];
        case 'int': return (int)$n['v'];
        case 'float':
            $special = ['NAN' => NAN, 'INF' => INF, '-INF' => -INF, '-0' => -0.0];
            return array_key_exists($n['v'], $special) ? $special[$n['v']] : (float)$n['v'];
        case 'string': return (string)$n['v'];
        case 'array':
            $a = [];
            foreach ($n['e'] as [$k, $v]) {
                $a[$k] = build($v);
            }
            return $a;
    }
    throw new LogicException('unknown node ' . $n['t']);
}

/** The importer's reading (Bpt::unpack): plain when it passes the object guard, else gzuncompress. */
function unpackLikePortal(string $data)
{
    $guard = static function ($s): bool {
        return is_string($s) && preg_match('/(^|;)[OC]\:\+{0,1}\d+:/', $s) !== 1;
    };
    $value = $guard($data) ? @unserialize($data, ['allowed_classes' => false]) : null;
    if (!is_array($value) || !array_key_exists('TEMPLATE', $value)) {
        $raw = @gzuncompress($data);
        $value = $guard($raw) ? @unserialize($raw, ['allowed_classes' => false]) : null;
    }
    return is_array($value) && array_key_exists('TEMPLATE', $value) ? $value : null;
}

[, $inPath, $outPath] = $argv;
$out = fopen($outPath, 'wb');
foreach (file($inPath, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $line) {
    $case = json_decode($line, true, 2048, JSON_THROW_ON_ERROR);
    $ts = base64_decode($case['ts'], true);
    $back = @unserialize($ts, ['allowed_classes' => false]);
    $row = [
        'php' => base64_encode(serialize(build($case['tree']))),
        'back' => $back === false && $ts !== 'b:0;' ? null : base64_encode(serialize($back)),
        'unpacked' => null,
        // what the portal's exporter writes for this value: serialize, then gzcompress level 9
        'exported' => base64_encode(gzcompress(serialize(build($case['tree'])), 9)),
    ];
    if ($case['packed'] !== null) {
        $value = unpackLikePortal(base64_decode($case['packed'], true));
        $row['unpacked'] = $value === null ? null : base64_encode(serialize($value));
    }
    fwrite($out, json_encode($row, JSON_THROW_ON_ERROR) . "\n");
}
fclose($out);
