#!/usr/bin/env bash
# Regenerates the builtins' test tables from node v20 (developer tool; the JUnit tests never
# run node). Each table pairs a JS expression with the same computation done in Java and the
# value node printed for it:
#   *-rows.js      -> GlobalBuiltinsTest, MathBuiltinsTest, StringBuiltinsTest,
#                     ArrayBuiltinsTest, ObjectFunctionErrorJsonTest   (gen-rows.js + mkclass.py)
#   inspect-cases.js -> InspectTest, format-cases.js -> ConsoleFormatTest (gen-inspect.js: it
#                     rebuilds each value's object graph in Java through ValueBuilder)
#   bits.js -> MathBitExactnessTest, nts.js -> ../../NumberToStringTest rows
# Review the diff after regenerating: a changed expectation means node changed, or the case did.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/.."
cd "$here"
case "$(node --version)" in v20.*) ;; *) echo "warning: expected node v20, got $(node --version)" >&2 ;; esac
python3 mkclass.py GlobalBuiltinsTest ./global-rows.js "Global functions (parseInt, parseFloat, isNaN, isFinite) and the Number, String and Boolean conversions and prototypes, checked against node." > "$out/GlobalBuiltinsTest.java"
python3 mkclass.py MathBuiltinsTest ./math-rows.js "Math: rounding and its -0 corners, max/min with NaN and -0, and every transcendental function compared bit for bit with node's results." > "$out/MathBuiltinsTest.java"
python3 mkclass.py StringBuiltinsTest ./string-rows.js "String.prototype methods on UTF-16 code units — positions, negative and NaN indices, split limits, padding, repeat's RangeErrors, replace patterns — and String.fromCharCode, checked against node." > "$out/StringBuiltinsTest.java"
python3 mkclass.py ArrayBuiltinsTest ./array-rows.js "Array: the constructor's holes and RangeErrors, and Array.prototype's methods on arrays, holes and array-likes — including sort with consistent and inconsistent comparators — checked against node." > "$out/ArrayBuiltinsTest.java"
sed -i 's/import static org.junit.jupiter.api.Assertions.assertEquals;/import static org.junit.jupiter.api.Assertions.assertEquals;\nimport static dev.kindling.runtime.builtins.JsHarness.U;/' "$out/ArrayBuiltinsTest.java"
python3 mkclass.py ObjectFunctionErrorJsonTest ./object-rows.js "Object (constructor, prototype methods, reflection), Function.prototype (call, apply, bind, toString), the Error constructors and JSON.parse/stringify with V8's error messages, checked against node." > "$out/ObjectFunctionErrorJsonTest.java"
node gen-inspect.js inspect-cases.js > /tmp/inspect-rows.$$
python3 mkinspect.py /tmp/inspect-rows.$$ InspectTest "util.inspect as console.log uses it: primitives, quoting, arrays (holes, sparse arrays, grouping into columns, more than 100 items), objects (key quoting, depth, line breaking), circular references, accessors, functions, constructor prefixes, null prototypes, errors and wrappers." inspect > "$out/InspectTest.java"
node gen-inspect.js format-cases.js --console > /tmp/format-rows.$$
python3 - "$here/format-template.java.txt" /tmp/format-rows.$$ > "$out/ConsoleFormatTest.java" <<'PY'
import sys
template, rows = open(sys.argv[1]).read(), open(sys.argv[2]).read().rstrip().rstrip(',')
print(template.replace('@@ROWS@@', rows), end='')
PY
node bits.js > "$out/MathBitExactnessTest.java"
sed -i '/assertEquals(Oddball.UNDEFINED, Oddball.UNDEFINED);/d; /^import dev.kindling.runtime.Oddball;$/d' "$out/MathBitExactnessTest.java"
rm -f /tmp/inspect-rows.$$ /tmp/format-rows.$$
echo "NumberToStringTest rows (paste into ../../NumberToStringTest.java by hand):"
node nts.js
