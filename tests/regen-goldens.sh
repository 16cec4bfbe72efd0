#!/usr/bin/env bash
# Regenerates every golden dump from Kindling's current output: tests/bytecode/*.golden
# (--print-bytecode), tests/trace-ic/*.golden (--trace-ic), tests/print-feedback/*.golden
# (--print-feedback), tests/debug-print/*.golden (%DebugPrint) and tests/dump-shapes/*.golden
# (--dump-shapes), tests/help/kindling-help.golden (`kindling --help`, quoted in README.md:
# copy it there too), and interpreter/.../bytecode/Opcodes.java (the bytecode table's opcodes
# as int constants). Run after an intended change; then review `git diff tests interpreter`.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -Dtest='BytecodeExpectationsTest,FeedbackGoldenTest,HelpGoldenTest,OpcodesTest' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dkindling.regenerate=true
git status --short tests/bytecode tests/trace-ic tests/print-feedback tests/debug-print tests/dump-shapes tests/help \
    interpreter/src/main/java/dev/kindling/bytecode/Opcodes.java
