#!/usr/bin/env bash
# Regenerates every tests/bytecode/*.golden from Kindling's current --print-bytecode output.
# Run after an intended change to the bytecode generator; then review `git diff tests/bytecode`.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -Dtest=BytecodeExpectationsTest -Dsurefire.failIfNoSpecifiedTests=false -Dkindling.regenerate=true
git status --short tests/bytecode
