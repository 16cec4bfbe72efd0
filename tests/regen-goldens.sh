#!/usr/bin/env bash
# Regenerates every golden dump from Kindling's current output: tests/bytecode/*.golden
# (--print-bytecode), tests/trace-ic/*.golden (--trace-ic), tests/print-feedback/*.golden
# (--print-feedback), tests/debug-print/*.golden (%DebugPrint), tests/dump-shapes/*.golden
# (--dump-shapes), tests/print-regexp-bytecode/*.golden (--print-regexp-bytecode), tests/trace-event-loop/*.golden and tests/trace-promises/*.golden
# (--trace-event-loop, --trace-promises), tests/liveness/*.golden (BytecodeLiveness listings), tests/deopt/*.golden
# (--trace-deopt), tests/ir/*.ir.golden and *.jvm.golden (--print-ir, --print-jvm-bytecode),
# tests/help/kindling-help.golden
# (`kindling --help`), interpreter/.../bytecode/Opcodes.java (the bytecode table's opcodes as int
# constants), and then the dumps the Markdown files quote between `<!-- golden: FILE -->` and
# `<!-- end -->` (DocGoldenQuotesTest). Run after an intended change; then review
# `git diff tests interpreter '*.md'`.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -Dtest='BytecodeExpectationsTest,FeedbackGoldenTest,LoopTraceGoldenTest,HelpGoldenTest,OpcodesTest,LivenessGoldenTest,DeoptGoldenTest,IrGoldenTest' \
    -Dsurefire.failIfNoSpecifiedTests=false -Dkindling.regenerate=true
# A second run, so the quotes are filled from the goldens just written.
mvn -B -q test -pl cli -am -Dtest='DocGoldenQuotesTest' -Dsurefire.failIfNoSpecifiedTests=false -Dkindling.regenerate=true
git status --short tests/bytecode tests/liveness tests/trace-ic tests/print-feedback tests/debug-print tests/dump-shapes tests/print-regexp-bytecode \
    tests/deopt tests/ir tests/help tests/trace-event-loop tests/trace-promises interpreter/src/main/java/dev/kindling/bytecode/Opcodes.java '*.md'
