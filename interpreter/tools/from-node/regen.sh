#!/usr/bin/env bash
# Regenerates the builtins' remaining test tables from node v20 (developer tool; the JUnit
# tests never run node). Each table pairs a JS expression with the same computation done in
# Java and the value node printed for it:
#   *-rows.js      -> GlobalBuiltinsTest, StringBuiltinsTest, ArrayBuiltinsTest,
#                     ObjectFunctionErrorJsonTest   (gen-rows.js + mkclass.py)
#   nts.js         -> NumberToStringTest rows
# (util.inspect, console.log's formatting and Math are specified by tests/js programs instead:
# tests/js/console/inspect-*.js, format-specifiers.js, tests/js/builtins-math/table-*.js and
# bit-exact-random.js, whose .out node writes through tests/regen-expected.sh.)
# Review the diff after regenerating: a changed expectation means node changed, or the case did.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../../src/test/java/dev/kindling/runtime/builtins"
cd "$here"
case "$(node --version)" in v20.*) ;; *) echo "warning: expected node v20, got $(node --version)" >&2 ;; esac
python3 mkclass.py GlobalBuiltinsTest ./global-rows.js "Global functions (parseInt, parseFloat, isNaN, isFinite) and the Number, String and Boolean conversions and prototypes, checked against node." > "$out/GlobalBuiltinsTest.java"
python3 mkclass.py StringBuiltinsTest ./string-rows.js "String.prototype methods on UTF-16 code units — positions, negative and NaN indices, split limits, padding, repeat's RangeErrors, replace patterns — and String.fromCharCode, checked against node." > "$out/StringBuiltinsTest.java"
python3 mkclass.py ArrayBuiltinsTest ./array-rows.js "Array: the constructor's holes and RangeErrors, and Array.prototype's methods on arrays, holes and array-likes — including sort with consistent and inconsistent comparators — checked against node." > "$out/ArrayBuiltinsTest.java"
sed -i 's/import static org.junit.jupiter.api.Assertions.assertEquals;/import static org.junit.jupiter.api.Assertions.assertEquals;\nimport static dev.kindling.runtime.builtins.JsHarness.U;/' "$out/ArrayBuiltinsTest.java"
python3 mkclass.py ObjectFunctionErrorJsonTest ./object-rows.js "Object (constructor, prototype methods, reflection), Function.prototype (call, apply, bind, toString), the Error constructors and JSON.parse/stringify with V8's error messages, checked against node." > "$out/ObjectFunctionErrorJsonTest.java"
echo "NumberToStringTest rows (paste into interpreter/src/test/java/dev/kindling/runtime/NumberToStringTest.java by hand):"
node nts.js
