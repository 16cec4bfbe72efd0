#!/usr/bin/env bash
# The differential test at any size: generates COUNT programs from seed SEED on
# (dev.kindling.cli.difftest.ProgramGenerator) and runs each in every execution mode
# (DifferentialProgramTest); any mode printing differently from the interpreter fails, naming
# the seed and the program kept under cli/target/difftest/.
#
#   tests/difftest.sh COUNT [SEED]          e.g. tests/difftest.sh 5000 1
#   tests/difftest.sh --node COUNT [SEED]   developer check: also runs every program with node
#                                           and compares node's stdout with Kindling --no-opt's
#
# Builds the engine modules it needs offline (mvn -o); SEED defaults to 1. The build's own
# batch is the same test with COUNT=300, SEED=1.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
node_check=false
if [ "${1:-}" = "--node" ]; then node_check=true; shift; fi
count="${1:?usage: tests/difftest.sh [--node] COUNT [SEED]}"
seed="${2:-1}"
dir="$root/cli/target/difftest"
cd "$root"
rm -rf "$dir"
mvn -B -o -q -pl cli -am test -Dtest=DifferentialProgramTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dkindling.difftest.count="$count" -Dkindling.difftest.seed="$seed" -Dkindling.difftest.keep="$node_check" \
  -Dkindling.difftest.dir="$dir"
echo "difftest: seeds $seed..$((seed + count - 1)) print the same in every mode"
$node_check || exit 0

command -v node >/dev/null || { echo "node not found on PATH" >&2; exit 2; }
disagree=0
for ((s = seed; s < seed + count; s++)); do
  if ! (cd "$dir" && node "seed-$s.js" 2>&1) | cmp -s - "$dir/seed-$s.out"; then
    echo "node disagrees with kindling --no-opt: $dir/seed-$s.js"
    (cd "$dir" && node "seed-$s.js" 2>&1) | diff "$dir/seed-$s.out" - | head -8 || true
    disagree=$((disagree + 1))
  fi
done
echo "difftest --node: $disagree of $count programs print differently in node"
[ "$disagree" -eq 0 ]
