#!/usr/bin/env bash
# Measures the start-up time the starter adds to an application: starts the smallest
# application with the starter (functions-benchmarks/startup/with-starter) and the same
# application with only Boot's WebClient (functions-benchmarks/startup/webclient-only) in
# alternating pairs, A B A B ..., after one warm-up run of each, and reads Spring Boot's
# "Started ... in X seconds (process running for Y)" line of every run. Then one more run of
# each with -Xlog:class+load counts the classes loaded until that line. Prints every pair,
# the medians, and the median of the pairs' differences (the added time). On a loaded
# machine trust the CPU column and many pairs more than the elapsed times.
# Usage: scripts/measure-startup.sh [PAIRS]   (default 7, at least 5)
# SKIP_BUILD=1 uses the jars already built; JAVA_OPTS are passed to both applications.
# Needs only a JDK 17+: the jars are built with the Maven wrapper.
set -euo pipefail
cd "$(dirname "$0")/.."
pairs="${1:-7}"
if ((pairs < 5)); then
	echo "At least 5 pairs, not $pairs." >&2
	exit 1
fi
with=functions-benchmarks/startup/with-starter/target/startup-with-starter.jar
without=functions-benchmarks/startup/webclient-only/target/startup-webclient-only.jar
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
	./mvnw -B -q -pl functions-benchmarks/startup/with-starter,functions-benchmarks/startup/webclient-only -am \
		package -DskipTests
fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# Runs one jar; prints "STARTED_S PROCESS_S CPU_S": Boot's start-up line, and the CPU time
# of the main thread until it had started (the applications log it), which load on the
# machine inflates less than it does the elapsed times.
started() {
	# shellcheck disable=SC2086
	java ${JAVA_OPTS:-} -jar "$1" >"$log" 2>&1 || { echo "$1 failed:" >&2; tail -30 "$log" >&2; exit 1; }
	echo "$(sed -n 's/.*Started .* in \([0-9.]*\) seconds (process running for \([0-9.]*\)).*/\1 \2/p' "$log" \
		| head -1) $(sed -n 's/.*main thread cpu ms: \([0-9]*\)$/\1/p' "$log" | awk '{ printf "%.3f", $1 / 1000 }')"
}

# Runs one jar with class loading logged; prints how many classes it loaded until it had started.
classes() {
	# shellcheck disable=SC2086
	java ${JAVA_OPTS:-} -Xlog:class+load=info:stdout -jar "$1" >"$log" 2>&1
	awk '/Started /{ exit } /\[class,load\]/{ n++ } END { print n }' "$log"
}

median() {
	sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

started "$with" >/dev/null
started "$without" >/dev/null
printf '%-5s %21s %21s %8s %8s\n' pair with_starter webclient_only added added_cpu
printf '%-5s %21s %21s\n' '' 'started;process;cpu' 'started;process;cpu'
a_started=() b_started=() a_process=() b_process=() a_cpu=() b_cpu=() added=() added_cpu=()
for i in $(seq 1 "$pairs"); do
	read -r as ap ac < <(started "$with")
	read -r bs bp bc < <(started "$without")
	d=$(awk -v a="$as" -v b="$bs" 'BEGIN { printf "%.3f", a - b }')
	dc=$(awk -v a="$ac" -v b="$bc" 'BEGIN { printf "%.3f", a - b }')
	a_started+=("$as") b_started+=("$bs") a_process+=("$ap") b_process+=("$bp") a_cpu+=("$ac") b_cpu+=("$bc")
	added+=("$d") added_cpu+=("$dc")
	printf '%-5s %21s %21s %8s %8s\n' "$i" "$as;$ap;$ac" "$bs;$bp;$bc" "$d" "$dc"
done
a_classes=$(classes "$with")
b_classes=$(classes "$without")

m() { printf '%s\n' "$@" | median; }
echo
echo "medians of $pairs pairs (java $(java -version 2>&1 | head -1 | cut -d'"' -f2), $(nproc) cores):"
printf '  started_s  with starter %s, WebClient only %s\n' "$(m "${a_started[@]}")" "$(m "${b_started[@]}")"
printf '  process_s  with starter %s, WebClient only %s\n' "$(m "${a_process[@]}")" "$(m "${b_process[@]}")"
printf '  cpu_s      with starter %s, WebClient only %s\n' "$(m "${a_cpu[@]}")" "$(m "${b_cpu[@]}")"
printf '  added      %s s started_s, %s s cpu_s (medians of the pairs'"'"' differences)\n' "$(m "${added[@]}")" \
	"$(m "${added_cpu[@]}")"
printf '  classes    with starter %s, WebClient only %s, added %s (loaded until started)\n' "$a_classes" \
	"$b_classes" "$((a_classes - b_classes))"
