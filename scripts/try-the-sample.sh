#!/usr/bin/env bash
# Does what the README tells a newcomer to do, from this checkout: starts the sample with the
# README's run command, runs every curl line of the README's sample section against it, and
# compares what each prints with the JSON the README shows ("<any>" matches any value).
# Usage: scripts/try-the-sample.sh [samples/functions-sample | samples/functions-sample-webflux]
set -euo pipefail
cd "$(dirname "$0")/.."
module="${1:-samples/functions-sample}"
port=8080
log="$(mktemp)"

if curl -s -o /dev/null "localhost:$port"; then
	echo "Port $port is in use: stop what runs there first." >&2
	exit 1
fi

# Its own process group (set -m), so that stopping it also stops the application it forks.
set -m
./mvnw -B -q -pl "$module" -am spring-boot:run >"$log" 2>&1 &
runner=$!
set +m
stop() {
	kill -- -"$runner" 2>/dev/null || true
	wait "$runner" 2>/dev/null || true
}
trap stop EXIT

for _ in $(seq 1 300); do
	if curl -s -o /dev/null "localhost:$port/actuator/health"; then
		break
	fi
	if ! kill -0 "$runner" 2>/dev/null; then
		echo "The sample did not start:" >&2
		tail -50 "$log" >&2
		exit 1
	fi
	sleep 1
done
curl -s -o /dev/null "localhost:$port/actuator/health" || { echo "The sample did not answer within 300 s" >&2; tail -50 "$log" >&2; exit 1; }
echo "The sample runs on port $port ($module)."

python3 - "$port" <<'PY'
import json, re, shlex, subprocess, sys

port = sys.argv[1]
readme = open("README.md", encoding="utf-8").read()
section = readme[readme.index("<!-- sample:start -->"):readme.index("<!-- sample:end -->")]
pairs = re.findall(r"```shell\n(curl [^\n]*)\n```\s*\n```json\n(.*?)\n```", section, re.S)

def matches(expected, actual):
    if expected == "<any>":
        return True
    if isinstance(expected, dict):
        return isinstance(actual, dict) and expected.keys() == actual.keys() and all(
            matches(expected[k], actual[k]) for k in expected)
    if isinstance(expected, list):
        return isinstance(actual, list) and len(expected) == len(actual) and all(
            matches(e, a) for e, a in zip(expected, actual))
    return expected == actual

failures = 0
for command, expected in pairs:
    words = [w.replace("localhost:8080", "localhost:" + port) for w in shlex.split(command)]
    output = subprocess.run(words, capture_output=True, text=True, timeout=60).stdout
    try:
        ok = matches(json.loads(expected), json.loads(output))
    except json.JSONDecodeError:
        ok = False
    print(("ok   " if ok else "FAIL ") + command)
    if not ok:
        failures += 1
        print("     expected: " + " ".join(expected.split()))
        print("     printed:  " + output.strip())
if not pairs:
    print("No curl examples found in the README's sample section")
    sys.exit(1)
print(f"{len(pairs) - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
PY
