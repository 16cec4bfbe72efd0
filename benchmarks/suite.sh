#!/usr/bin/env bash
# benchmarks/suite.sh: the suite table in one command. Builds the benchmarks jar when a source
# is newer, then runs every suite program (benchmarks/js) on the Java twins, on Kindling in each
# mode and, when `node` is on the PATH, on node and node --jitless, one run at a time; prints
# one Markdown table and writes every timed iteration as CSV (benchmarks/target/suite.csv).
#
#   benchmarks/suite.sh                  full table (under 30 minutes on 2 cores)
#   benchmarks/suite.sh --quick          fewer iterations, Havlak skipped (under 3 minutes)
#   benchmarks/suite.sh --programs=Richards,DeltaBlue --engines='java,kindling ic'
#   benchmarks/suite.sh --tier-report   what the optimizing tier made of each program (kindling opt
#                                       with --trace-opt --trace-deopt; traces in benchmarks/target/tier)
#
# The counts are in benchmarks/src/main/java/dev/kindling/benchmarks/suite/SuiteRuns.java.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/benchmarks/target/benchmarks.jar"
stale() {
  [ ! -f "$JAR" ] && return 0
  [ -n "$(find "$ROOT" -path "$ROOT/.git" -prune -o -path '*/target' -prune -o \
      \( -name '*.java' -o -name '*.g4' -o -name 'pom.xml' \) -newer "$JAR" -print -quit)" ]
}
if stale; then
  echo "suite.sh: building the benchmarks jar..." >&2
  (cd "$ROOT" && mvn -B -q -Dstyle.color=never -DskipTests package -pl benchmarks -am >&2)
fi
exec java -XX:+UseSerialGC -Dkindling.root="$ROOT" -cp "$JAR" dev.kindling.benchmarks.table.SuiteTable "$@"
