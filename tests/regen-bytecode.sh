#!/usr/bin/env bash
# Regenerates every tests/bytecode/*.golden from Kindling's current --print-bytecode output.
# Run after an intended change to the bytecode generator; then review `git diff tests/bytecode`.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests
mvn -B -q test -pl cli -Dtest=BytecodeExpectationsTest -Dkindling.regenerate=true -Dsurefire.failIfNoSpecifiedTests=false
git status --short tests/bytecode
