#!/usr/bin/env bash
# Runs test262 on Kindling (tests/test262/README.md): builds the runner if needed, then
#   tests/test262/run.sh                      the whole scope (scope.txt), pass rates per directory
#   tests/test262/run.sh built-ins/Array ...  only these directories or files (under test/)
#   tests/test262/run.sh --update-expectations   rewrite expectations.txt from this run
# Uses tests/test262/checkout (fetch.sh), or TEST262_DIR=DIR for another checkout.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/conformance/target/conformance.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root" -name '*.java' -path '*/src/main/*' -newer "$jar" -print -quit)" ]; then
  (cd "$root" && mvn -B -q -DskipTests package -pl conformance -am) >&2
fi
dir="${TEST262_DIR:-$here/checkout}"
[ -d "$dir/test" ] || { echo "no test262 checkout at $dir: run tests/test262/fetch.sh" >&2; exit 2; }
cd "$root"
exec java -Xss16m -XX:+UseSerialGC -jar "$jar" --test262="$dir" --config="$here" "$@"
