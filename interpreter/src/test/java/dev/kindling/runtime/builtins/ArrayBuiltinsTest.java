/*
 * Array: the constructor's holes and RangeErrors, and Array.prototype's methods on arrays, holes and array-likes — including sort with consistent and inconsistent comparators — checked against node.
 *
 * Each row is a JS expression, the same computation done through the realm's builtins from
 * Java, and the value node v20 gives, as util.inspect prints it ("!Name: message" for a
 * throw). The expected strings were produced by running the JS expressions in node.
 */
package dev.kindling.runtime.builtins;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.kindling.runtime.builtins.JsHarness.U;

class ArrayBuiltinsTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                row("Array(3)", h -> h.call("Array", 3), "[ <3 empty items> ]"),
                row("new Array(3)", h -> h.construct("Array", 3), "[ <3 empty items> ]"),
                row("Array(1, 2, 3)", h -> h.call("Array", 1, 2, 3), "[ 1, 2, 3 ]"),
                row("Array(\"3\")", h -> h.call("Array", "3"), "[ '3' ]"),
                row("new Array(2, 3)", h -> h.construct("Array", 2, 3), "[ 2, 3 ]"),
                row("Array(0)", h -> h.call("Array", 0), "[]"),
                row("Array()", h -> h.call("Array"), "[]"),
                row("new Array(-1)", h -> h.construct("Array", -1), "!RangeError: Invalid array length"),
                row("Array(1.5)", h -> h.call("Array", 1.5), "!RangeError: Invalid array length"),
                row("Array(4294967296)", h -> h.call("Array", 4294967296.0), "!RangeError: Invalid array length"),
                row("Array.isArray([])", h -> h.call("Array.isArray", h.array()), "true"),
                row("Array.isArray({ length: 0 })", h -> h.call("Array.isArray", h.obj("length", 0)), "false"),
                row("Array.of(7)", h -> h.call("Array.of", 7), "[ 7 ]"),
                row("Array.from(\"a\ud83d\ude00b\")", h -> h.call("Array.from", "a\ud83d\ude00b"), "[ 'a', '\ud83d\ude00', 'b' ]"),
                row("Array.from({ length: 3 }, (_, i) => i * 2)", h -> h.call("Array.from", h.obj("length", 3), h.fn(a -> (Integer) a[1] * 2)), "[ 0, 2, 4 ]"),
                row("Array.from([1, , 3])", h -> h.call("Array.from", h.array(1, dev.kindling.runtime.Oddball.THE_HOLE, 3)), "[ 1, undefined, 3 ]"),
                row("(() => { const a = [1]; return [a.push(2, 3), a]; })()", h -> ((java.util.function.Supplier<Object>) () -> { var a = h.array(1); return h.array(h.invoke(a, "push", 2, 3), a); }).get(), "[ 3, [ 1, 2, 3 ] ]"),
                row("(() => { const a = [1, 2]; return [a.pop(), a]; })()", h -> ((java.util.function.Supplier<Object>) () -> { var a = h.array(1, 2); return h.array(h.invoke(a, "pop"), a); }).get(), "[ 2, [ 1 ] ]"),
                row("[].pop()", h -> h.invoke(h.array(), "pop"), "undefined"),
                row("(() => { const a = [1, , 3]; return [a.shift(), a]; })()", h -> ((java.util.function.Supplier<Object>) () -> { var a = h.array(1, dev.kindling.runtime.Oddball.THE_HOLE, 3); return h.array(h.invoke(a, "shift"), a); }).get(), "[ 1, [ <1 empty item>, 3 ] ]"),
                row("(() => { const a = [3]; return [a.unshift(1, 2), a]; })()", h -> ((java.util.function.Supplier<Object>) () -> { var a = h.array(3); return h.array(h.invoke(a, "unshift", 1, 2), a); }).get(), "[ 3, [ 1, 2, 3 ] ]"),
                row("(() => { const o = { length: 2 }; Array.prototype.push.call(o, \"x\"); return o; })()", h -> ((java.util.function.Supplier<Object>) () -> { var o = h.obj("length", 2); h.callOn("Array.prototype.push", o, "x"); return o; }).get(), "{ '2': 'x', length: 3 }"),
                row("(() => { const o = { 0: \"a\", 1: \"b\", length: 2 }; return [Array.prototype.pop.call(o), o]; })()", h -> ((java.util.function.Supplier<Object>) () -> { var o = h.obj("0", "a", "1", "b", "length", 2); return h.array(h.callOn("Array.prototype.pop", o), o); }).get(), "[ 'b', { '0': 'a', length: 1 } ]"),
                row("Array.prototype.push.call(null, 1)", h -> h.callOn("Array.prototype.push", JsHarness.NULL, 1), "!TypeError: Cannot convert undefined or null to object"),
                row("[1, [2, [3, null]], undefined].toString()", h -> h.invoke(h.array(1, h.array(2, h.array(3, JsHarness.NULL)), JsHarness.U), "toString"), "'1,2,3,,'"),
                row("[1, , 3].join(\"-\")", h -> h.invoke(h.array(1, dev.kindling.runtime.Oddball.THE_HOLE, 3), "join", "-"), "'1--3'"),
                row("[null, undefined].join()", h -> h.invoke(h.array(JsHarness.NULL, JsHarness.U), "join"), "','"),
                row("[1, 2].join(undefined)", h -> h.invoke(h.array(1, 2), "join", JsHarness.U), "'1,2'"),
                row("[1, 2].join(null)", h -> h.invoke(h.array(1, 2), "join", JsHarness.NULL), "'1null2'"),
                row("(() => { const a = [1]; a.push(a); return a.join(); })()", h -> ((java.util.function.Supplier<Object>) () -> { var a = h.array(1); h.invoke(a, "push", a); return h.invoke(a, "join"); }).get(), "'1,'"),
                row("Array.prototype.join.call({ length: 3, 0: \"a\", 2: \"c\" }, \"-\")", h -> h.callOn("Array.prototype.join", h.obj("length", 3, "0", "a", "2", "c"), "-"), "'a--c'"),
                row("String([, ,])", h -> h.call("String", h.array(dev.kindling.runtime.Oddball.THE_HOLE, dev.kindling.runtime.Oddball.THE_HOLE)), "','"),
                row("[1.5, -0, 1e21].join()", h -> h.invoke(h.array(1.5, -0.0, 1e21), "join"), "'1.5,0,1e+21'"),
                row("Array.prototype.toString.call({})", h -> h.callOn("Array.prototype.toString", h.obj()), "'[object Object]'"),
                row("[1, 2, 3, 4].slice(1)", h -> h.invoke(h.array(1, 2, 3, 4), "slice", 1), "[ 2, 3, 4 ]"),
                row("[1, 2, 3, 4].slice(-2)", h -> h.invoke(h.array(1, 2, 3, 4), "slice", -2), "[ 3, 4 ]"),
                row("[1, 2, 3, 4].slice(1, -1)", h -> h.invoke(h.array(1, 2, 3, 4), "slice", 1, -1), "[ 2, 3 ]"),
                row("[1, 2, 3, 4].slice(-10, 2)", h -> h.invoke(h.array(1, 2, 3, 4), "slice", -10, 2), "[ 1, 2 ]"),
                row("[1, 2, 3, 4].slice()", h -> h.invoke(h.array(1, 2, 3, 4), "slice"), "[ 1, 2, 3, 4 ]"),
                row("[1, 2, 3, 4].slice(2, 1)", h -> h.invoke(h.array(1, 2, 3, 4), "slice", 2, 1), "[]"),
                row("[1, 2, 3, 4].slice(1.5, 3.5)", h -> h.invoke(h.array(1, 2, 3, 4), "slice", 1.5, 3.5), "[ 2, 3 ]"),
                row("[1, , 3].slice(0, 2)", h -> h.invoke(h.array(1, dev.kindling.runtime.Oddball.THE_HOLE, 3), "slice", 0, 2), "[ 1, <1 empty item> ]"),
                row("(() => { const a = [1, 2, 3]; return [a.splice(1, 1, \"a\", \"b\"), a]; })()", h -> ((java.util.function.Supplier<Object>) () -> { var a = h.array(1, 2, 3); return h.array(h.invoke(a, "splice", 1, 1, "a", "b"), a); }).get(), "[ [ 2 ], [ 1, 'a', 'b', 3 ] ]"),
                row("(() => { const a = [1, 2, 3]; return [a.splice(1), a]; })()", h -> ((java.util.function.Supplier<Object>) () -> { var a = h.array(1, 2, 3); return h.array(h.invoke(a, "splice", 1), a); }).get(), "[ [ 2, 3 ], [ 1 ] ]"),
                row("(() => { const a = [1, 2, 3]; return [a.splice(-1, 1), a]; })()", h -> ((java.util.function.Supplier<Object>) () -> { var a = h.array(1, 2, 3); return h.array(h.invoke(a, "splice", -1, 1), a); }).get(), "[ [ 3 ], [ 1, 2 ] ]"),
                row("(() => { const a = [1, 2, 3]; return [a.splice(0, 0, 9), a]; })()", h -> ((java.util.function.Supplier<Object>) () -> { var a = h.array(1, 2, 3); return h.array(h.invoke(a, "splice", 0, 0, 9), a); }).get(), "[ [], [ 9, 1, 2, 3 ] ]"),
                row("(() => { const a = [1, 2, 3]; return [a.splice(1, 10), a]; })()", h -> ((java.util.function.Supplier<Object>) () -> { var a = h.array(1, 2, 3); return h.array(h.invoke(a, "splice", 1, 10), a); }).get(), "[ [ 2, 3 ], [ 1 ] ]"),
                row("(() => { const a = [1, 2, 3]; return [a.splice(), a]; })()", h -> ((java.util.function.Supplier<Object>) () -> { var a = h.array(1, 2, 3); return h.array(h.invoke(a, "splice"), a); }).get(), "[ [], [ 1, 2, 3 ] ]"),
                row("(() => { const a = [1, 2, 3]; return [a.splice(2, 0, \"x\", \"y\", \"z\"), a]; })()", h -> ((java.util.function.Supplier<Object>) () -> { var a = h.array(1, 2, 3); return h.array(h.invoke(a, "splice", 2, 0, "x", "y", "z"), a); }).get(), "[ [], [ 1, 2, 'x', 'y', 'z', 3 ] ]"),
                row("[1, 2, 3].concat(4, [5, [6]])", h -> h.invoke(h.array(1, 2, 3), "concat", 4, h.array(5, h.array(6))), "[ 1, 2, 3, 4, 5, [ 6 ] ]"),
                row("[1, , 3].concat([, 5])", h -> h.invoke(h.array(1, dev.kindling.runtime.Oddball.THE_HOLE, 3), "concat", h.array(dev.kindling.runtime.Oddball.THE_HOLE, 5)), "[ 1, <1 empty item>, 3, <1 empty item>, 5 ]"),
                row("[1, 2, 3].reverse()", h -> h.invoke(h.array(1, 2, 3), "reverse"), "[ 3, 2, 1 ]"),
                row("[1, , 3, 4].reverse()", h -> h.invoke(h.array(1, dev.kindling.runtime.Oddball.THE_HOLE, 3, 4), "reverse"), "[ 4, 3, <1 empty item>, 1 ]"),
                row("Array(3).fill(0)", h -> h.invoke(h.call("Array", 3), "fill", 0), "[ 0, 0, 0 ]"),
                row("[1, 2, 3, 4].fill(9, 1, -1)", h -> h.invoke(h.array(1, 2, 3, 4), "fill", 9, 1, -1), "[ 1, 9, 9, 4 ]"),
                row("[NaN].indexOf(NaN)", h -> h.invoke(h.array(Double.NaN), "indexOf", Double.NaN), "-1"),
                row("[NaN].includes(NaN)", h -> h.invoke(h.array(Double.NaN), "includes", Double.NaN), "true"),
                row("[1, 2, 3, 2].indexOf(2)", h -> h.invoke(h.array(1, 2, 3, 2), "indexOf", 2), "1"),
                row("[1, 2, 3, 2].lastIndexOf(2)", h -> h.invoke(h.array(1, 2, 3, 2), "lastIndexOf", 2), "3"),
                row("[1, 2, 3].indexOf(3, -1)", h -> h.invoke(h.array(1, 2, 3), "indexOf", 3, -1), "2"),
                row("[1, 2, 3].lastIndexOf(3, -2)", h -> h.invoke(h.array(1, 2, 3), "lastIndexOf", 3, -2), "-1"),
                row("[\"1\"].indexOf(1)", h -> h.invoke(h.array("1"), "indexOf", 1), "-1"),
                row("[, 1].indexOf(undefined)", h -> h.invoke(h.array(dev.kindling.runtime.Oddball.THE_HOLE, 1), "indexOf", JsHarness.U), "-1"),
                row("[, 1].includes(undefined)", h -> h.invoke(h.array(dev.kindling.runtime.Oddball.THE_HOLE, 1), "includes", JsHarness.U), "true"),
                row("[-0].includes(0)", h -> h.invoke(h.array(-0.0), "includes", 0), "true"),
                row("[1, 2, 3].at(-1)", h -> h.invoke(h.array(1, 2, 3), "at", -1), "3"),
                row("[1, 2, 3].at(5)", h -> h.invoke(h.array(1, 2, 3), "at", 5), "undefined"),
                row("[1, 2, 3].map(x => x * 2)", h -> h.invoke(h.array(1, 2, 3), "map", h.fn(a -> (Integer) a[0] * 2)), "[ 2, 4, 6 ]"),
                row("[1, , 3].map(x => x * 2)", h -> h.invoke(h.array(1, dev.kindling.runtime.Oddball.THE_HOLE, 3), "map", h.fn(a -> (Integer) a[0] * 2)), "[ 2, <1 empty item>, 6 ]"),
                row("new Array(3).map(x => 1)", h -> h.invoke(h.construct("Array", 3), "map", h.fn(a -> 1)), "[ <3 empty items> ]"),
                row("[1, 2, 3, 4].filter(x => x % 2)", h -> h.invoke(h.array(1, 2, 3, 4), "filter", h.fn(a -> (Integer) a[0] % 2)), "[ 1, 3 ]"),
                row("[1, 2, 3].some(x => x > 2)", h -> h.invoke(h.array(1, 2, 3), "some", h.fn(a -> (Integer) a[0] > 2)), "true"),
                row("[1, 2, 3].every(x => x > 2)", h -> h.invoke(h.array(1, 2, 3), "every", h.fn(a -> (Integer) a[0] > 2)), "false"),
                row("[].every(x => false)", h -> h.invoke(h.array(), "every", h.fn(a -> false)), "true"),
                row("[5, 12, 8].find(x => x > 6)", h -> h.invoke(h.array(5, 12, 8), "find", h.fn(a -> (Integer) a[0] > 6)), "12"),
                row("[5, 12, 8].findIndex(x => x > 20)", h -> h.invoke(h.array(5, 12, 8), "findIndex", h.fn(a -> (Integer) a[0] > 20)), "-1"),
                row("[5, 12, 8].findLast(x => x > 6)", h -> h.invoke(h.array(5, 12, 8), "findLast", h.fn(a -> (Integer) a[0] > 6)), "8"),
                row("[5, 12, 8].findLastIndex(x => x > 6)", h -> h.invoke(h.array(5, 12, 8), "findLastIndex", h.fn(a -> (Integer) a[0] > 6)), "2"),
                row("[, 1].findIndex(x => x === undefined)", h -> h.invoke(h.array(dev.kindling.runtime.Oddball.THE_HOLE, 1), "findIndex", h.fn(a -> a[0] == JsHarness.U)), "0"),
                row("[1, 2, 3].reduce((a, b) => a + b)", h -> h.invoke(h.array(1, 2, 3), "reduce", h.fn(a -> (Integer) a[0] + (Integer) a[1])), "6"),
                row("[1, 2, 3].reduce((a, b) => a + b, 10)", h -> h.invoke(h.array(1, 2, 3), "reduce", h.fn(a -> (Integer) a[0] + (Integer) a[1]), 10), "16"),
                row("[\"a\", \"b\", \"c\"].reduceRight((a, b) => a + b)", h -> h.invoke(h.array("a", "b", "c"), "reduceRight", h.fn(a -> "" + a[0] + a[1])), "'cba'"),
                row("[].reduce((a, b) => a)", h -> h.invoke(h.array(), "reduce", h.fn(a -> a[0])), "!TypeError: Reduce of empty array with no initial value"),
                row("[, , ].reduce((a, b) => a)", h -> h.invoke(h.array(dev.kindling.runtime.Oddball.THE_HOLE, dev.kindling.runtime.Oddball.THE_HOLE), "reduce", h.fn(a -> a[0])), "!TypeError: Reduce of empty array with no initial value"),
                row("[1].forEach(3)", h -> h.invoke(h.array(1), "forEach", 3), "!TypeError: 3 is not a function"),
                row("[1].map({})", h -> h.invoke(h.array(1), "map", h.obj()), "!TypeError: #<Object> is not a function"),
                row("[1].map(\"abc\")", h -> h.invoke(h.array(1), "map", "abc"), "!TypeError: abc is not a function"),
                row("[1].map([1, 2])", h -> h.invoke(h.array(1), "map", h.array(1, 2)), "!TypeError: [object Array] is not a function"),
                row("[1].map()", h -> h.invoke(h.array(1), "map"), "!TypeError: undefined is not a function"),
                row("[1, [2, [3, [4]]]].flat()", h -> h.invoke(h.array(1, h.array(2, h.array(3, h.array(4)))), "flat"), "[ 1, 2, [ 3, [ 4 ] ] ]"),
                row("[1, [2, [3, [4]]]].flat(Infinity)", h -> h.invoke(h.array(1, h.array(2, h.array(3, h.array(4)))), "flat", Double.POSITIVE_INFINITY), "[ 1, 2, 3, 4 ]"),
                row("[1, 2].flatMap(x => [x, x * 10])", h -> h.invoke(h.array(1, 2), "flatMap", h.fn(a -> h.array(a[0], (Integer) a[0] * 10))), "[ 1, 10, 2, 20 ]"),
                row("[5, 1, 10].sort()", h -> h.invoke(h.array(5, 1, 10), "sort"), "[ 1, 10, 5 ]"),
                row("[5, 1, 10].sort((a, b) => a - b)", h -> h.invoke(h.array(5, 1, 10), "sort", h.fn(a -> (Integer) a[0] - (Integer) a[1])), "[ 1, 5, 10 ]"),
                row("[3, 1, undefined, , 2].sort()", h -> h.invoke(h.array(3, 1, JsHarness.U, dev.kindling.runtime.Oddball.THE_HOLE, 2), "sort"), "[ 1, 2, 3, undefined, <1 empty item> ]"),
                row("[\"b\", \"a\", \"C\", \"B\"].sort()", h -> h.invoke(h.array("b", "a", "C", "B"), "sort"), "[ 'B', 'C', 'a', 'b' ]"),
                row("[3, 1, 2].sort((a, b) => a > b)", h -> h.invoke(h.array(3, 1, 2), "sort", h.fn(a -> (Integer) a[0] > (Integer) a[1])), "[ 3, 1, 2 ]"),
                row("[3, 1, 2, 5, 4].sort((a, b) => b > a)", h -> h.invoke(h.array(3, 1, 2, 5, 4), "sort", h.fn(a -> (Integer) a[1] > (Integer) a[0])), "[ 3, 1, 2, 5, 4 ]"),
                row("[1].sort(1)", h -> h.invoke(h.array(1), "sort", 1), "!TypeError: The comparison function must be either a function or undefined"),
                row("[[2, \"b\"], [1, \"a\"], [2, \"a\"], [1, \"b\"]].sort((x, y) => x[0] - y[0])", h -> h.invoke(h.array(h.array(2, "b"), h.array(1, "a"), h.array(2, "a"), h.array(1, "b")), "sort", h.fn(a -> (Integer) ((dev.kindling.runtime.JSArray) a[0]).getElement(0) - (Integer) ((dev.kindling.runtime.JSArray) a[1]).getElement(0))), "[ [ 1, 'a' ], [ 1, 'b' ], [ 2, 'b' ], [ 2, 'a' ] ]"),
                row("Array.from({ length: 100 }, (_, i) => (i * 37) % 100).sort((a, b) => a - b).join()", h -> h.invoke(h.invoke(h.call("Array.from", h.obj("length", 100), h.fn(a -> (Integer) a[1] * 37 % 100)), "sort", h.fn(a -> (Integer) a[0] - (Integer) a[1])), "join"), "'0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99'"),
                row("Array.from({ length: 70 }, (_, i) => String((i * 7) % 70)).sort().join()", h -> h.invoke(h.invoke(h.call("Array.from", h.obj("length", 70), h.fn(a -> String.valueOf((Integer) a[1] * 7 % 70))), "sort"), "join"), "'0,0,0,0,0,0,0,14,14,14,14,14,14,14,21,21,21,21,21,21,21,28,28,28,28,28,28,28,35,35,35,35,35,35,35,42,42,42,42,42,42,42,49,49,49,49,49,49,49,56,56,56,56,56,56,56,63,63,63,63,63,63,63,7,7,7,7,7,7,7'"),
                row("(() => { const a = [1, 2, 3]; a.length = 1; return a; })()", h -> ((java.util.function.Supplier<Object>) () -> { var a = h.array(1, 2, 3); dev.kindling.runtime.PropertyAccess.setNamed(a, "length", 1, false); return a; }).get(), "[ 1 ]")
        );
    }

    private static Arguments row(String js, Function<JsHarness, Object> code, String expected) {
        return Arguments.of(js, code, expected);
    }

    @ParameterizedTest(name = "{0}  ->  {2}")
    @MethodSource("cases")
    void matchesNode(String js, Function<JsHarness, Object> code, String expected) {
        assertEquals(expected, new JsHarness().evaluate(code), js);
    }
}
