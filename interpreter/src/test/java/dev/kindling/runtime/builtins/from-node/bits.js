// Math functions at seeded random arguments, printed by node as bit-exact Java rows: generates MathBitExactnessTest (regen.sh).
let seed = 12345; const rnd = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
const bits = (x) => { const b = Buffer.alloc(8); b.writeDoubleBE(x); return '0x' + b.toString('hex') + 'L'; };
const fns = ['pow', 'atan2', 'sin', 'cos', 'tan', 'exp', 'log', 'cbrt', 'log2', 'asinh', 'acosh', 'atanh', 'sinh', 'cosh', 'tanh', 'expm1', 'log1p', 'log10'];
const rows = [];
for (const f of fns) for (let i = 0; i < 25; i++) {
  const scale = [1, 10, 1000, 1e-5, 1e10][i % 5];
  let x = (rnd() * 2 - 1) * scale, y = (rnd() * 2 - 1) * [1, 10, 50][i % 3];
  if (f === 'pow') { x = Math.abs(x) * (i % 4 === 0 ? -1 : 1); if (i % 4 === 0) y = Math.round(y); }
  if (f === 'acosh') x = 1 + Math.abs(x); if (['log', 'log2', 'log10', 'cbrt'].includes(f)) x = Math.abs(x); if (f === 'atanh') x = x % 1; if (f === 'log1p') x = Math.abs(x) - 0.5;
  if (['sinh', 'cosh', 'exp', 'expm1'].includes(f)) x = x % 700;
  const r = f === 'pow' || f === 'atan2' ? Math[f](x, y) : Math[f](x);
  rows.push(`            {${fns.indexOf(f)}, ${bits(x)}, ${bits(y)}, ${bits(r)}}`);
}
console.log(`/*
 * Math's transcendental functions must agree with node to the last bit (V8 computes them with
 * fdlibm; so does Kindling, through StrictMath and FdLibm). Each row: a function, its
 * argument(s) and node v20's result, all as raw double bits — 25 pseudo-random points per
 * function over several magnitudes, generated once with node.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Numbers;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.Realm;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MathBitExactnessTest {
    private static final String[] FUNCTIONS = {${fns.map(f => JSON.stringify(f)).join(', ')}};

    private static final long[][] CASES = {
${rows.join(',\n')}
    };

    @Test
    void everyFunctionAgreesWithNodeToTheLastBit() {
        Realm realm = new Realm(System.out, System.err);
        JSObject math = (JSObject) realm.global().get("Math");
        StringBuilder mismatches = new StringBuilder();
        for (long[] c : CASES) {
            String name = FUNCTIONS[(int) c[0]];
            double x = Double.longBitsToDouble(c[1]);
            double y = Double.longBitsToDouble(c[2]);
            Object result = ((JSFunction) math.get(name)).call(math, new Object[] {x, y});
            double got = Numbers.doubleValue(result);
            if (Double.doubleToRawLongBits(got) != c[3] && !(Double.isNaN(got) && Double.isNaN(Double.longBitsToDouble(c[3])))) {
                mismatches.append(name).append('(').append(x).append(", ").append(y).append(") = ").append(got)
                        .append(", node: ").append(Double.longBitsToDouble(c[3])).append('\\n');
            }
        }
        assertEquals("", mismatches.toString());
        assertEquals(Oddball.UNDEFINED, Oddball.UNDEFINED);
    }
}`);
