#!/usr/bin/env bash
# Lists the classes the starter adds to an application's start-up: starts
# functions-benchmarks/startup/with-starter and startup/webclient-only once each with
# -Xlog:class+load, keeps the classes each loaded until Spring Boot's "Started" line, and
# prints those the first loaded more often than the second, counted by package (a lambda or
# hidden class counts under the class that made it), then every one of them with -v. (The
# WebClient-only application parses its base URL at start-up, which the starter does not.)
# Class counts do not depend on the machine's load, so one run of each is enough.
# Usage: scripts/startup-classes.sh [-v]
# It uses the jars scripts/measure-startup.sh built; BUILD=1 builds them first.
set -euo pipefail
cd "$(dirname "$0")/.."
verbose="${1:-}"
with=functions-benchmarks/startup/with-starter/target/startup-with-starter.jar
without=functions-benchmarks/startup/webclient-only/target/startup-webclient-only.jar
if [[ "${BUILD:-}" == 1 ]]; then
	./mvnw -B -q -pl functions-benchmarks/startup/with-starter,functions-benchmarks/startup/webclient-only -am \
		package -DskipTests
fi
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT

# Prints the names of the classes a jar loads until it has started, one a line, with
# lambdas and hidden classes named after the class that made them.
loaded() {
	java -Xlog:class+load=info:stdout -jar "$1" 2>&1 \
		| awk '/Started /{ exit } /\[class,load\]/{ sub(/.*\[class,load\] /, ""); print $1 }' \
		| sed -E 's/\$\$Lambda.*/$$Lambda/; s/\/0x[0-9a-f]+$//' | sort
}

loaded "$with" >"$dir/with"
loaded "$without" >"$dir/without"
# a multiset difference: a name loaded n times more often counts n times
uniq -c "$dir/with" | awk '{ print $2, $1 }' | sort >"$dir/with.counts"
uniq -c "$dir/without" | awk '{ print $2, $1 }' | sort >"$dir/without.counts"
join -a 1 -a 2 -e 0 -o 0,1.2,2.2 "$dir/with.counts" "$dir/without.counts" >"$dir/both"
awk '$2 > $3 { for (i = $3; i < $2; i++) print $1 }' "$dir/both" >"$dir/added"
fewer=$(awk '$3 > $2 { n += $3 - $2 } END { print n + 0 }' "$dir/both")
echo "with the starter $(wc -l <"$dir/with"), WebClient only $(wc -l <"$dir/without"):" \
	"$(wc -l <"$dir/added") loaded only or more often with the starter, $fewer only or more often without"
sed -E 's/\$\$Lambda$//; s/\.[^.]*$//' "$dir/added" | sort | uniq -c | sort -rn
if [[ "$verbose" == -v ]]; then
	echo
	cat "$dir/added"
fi
