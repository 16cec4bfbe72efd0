/*
 * console.log's formatting (node's util.format): raw strings, inspected values joined by
 * spaces, and the placeholders %s %d %i %f %j %o %O %c %% — including %s's rule that objects
 * with the builtin toString are inspected while others are converted with String().
 *
 * Each row: the arguments as a JS array expression; Java that builds the same values in a
 * Kindling realm (generated from node's values); and node v20's output, copied verbatim.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAccess;
import dev.kindling.runtime.Realm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.stream.Stream;

import static dev.kindling.runtime.builtins.ValueBuilder.NULL;
import static dev.kindling.runtime.builtins.ValueBuilder.U;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ConsoleFormatTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                row("['hello']", b -> {
                    b.array(1, 1);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "hello");
                    return b.ref(1);
                }, "hello"),
                row("['a', 'b', 1]", b -> {
                    b.array(1, 3);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "a");
                    b.element(1, 1, "b");
                    b.element(1, 2, 1);
                    return b.ref(1);
                }, "a b 1"),
                row("[1, 'a']", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, 1);
                    b.element(1, 1, "a");
                    return b.ref(1);
                }, "1 a"),
                row("['%s is %d years', 'Bob', 42]", b -> {
                    b.array(1, 3);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%s is %d years");
                    b.element(1, 1, "Bob");
                    b.element(1, 2, 42);
                    return b.ref(1);
                }, "Bob is 42 years"),
                row("['%s', 'only']", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%s");
                    b.element(1, 1, "only");
                    return b.ref(1);
                }, "only"),
                row("['%s']", b -> {
                    b.array(1, 1);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%s");
                    return b.ref(1);
                }, "%s"),
                row("['%s %s', 'one']", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%s %s");
                    b.element(1, 1, "one");
                    return b.ref(1);
                }, "one %s"),
                row("['100%']", b -> {
                    b.array(1, 1);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "100%");
                    return b.ref(1);
                }, "100%"),
                row("['100%%']", b -> {
                    b.array(1, 1);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "100%%");
                    return b.ref(1);
                }, "100%%"),
                row("['%%s', 1]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%%s");
                    b.element(1, 1, 1);
                    return b.ref(1);
                }, "%s 1"),
                row("['%d', '42abc']", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%d");
                    b.element(1, 1, "42abc");
                    return b.ref(1);
                }, "NaN"),
                row("['%d', -0]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%d");
                    b.element(1, 1, -0.0);
                    return b.ref(1);
                }, "-0"),
                row("['%d', '0x10']", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%d");
                    b.element(1, 1, "0x10");
                    return b.ref(1);
                }, "16"),
                row("['%i', 42.9]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%i");
                    b.element(1, 1, 42.9);
                    return b.ref(1);
                }, "42"),
                row("['%i', '-17.5px']", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%i");
                    b.element(1, 1, "-17.5px");
                    return b.ref(1);
                }, "-17"),
                row("['%f', '3.5e2x']", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%f");
                    b.element(1, 1, "3.5e2x");
                    return b.ref(1);
                }, "350"),
                row("['%f', 'abc']", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%f");
                    b.element(1, 1, "abc");
                    return b.ref(1);
                }, "NaN"),
                row("['%j', { a: [1, 'x'] }]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%j");
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.array(3, 2);
                    b.setPrototype(3, b.intrinsic("AP"));
                    b.element(3, 0, 1);
                    b.element(3, 1, "x");
                    b.property(2, "a", b.ref(3), "ECW");
                    b.element(1, 1, b.ref(2));
                    return b.ref(1);
                }, "{\"a\":[1,\"x\"]}"),
                row("['%j', undefined]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%j");
                    b.element(1, 1, U);
                    return b.ref(1);
                }, "undefined"),
                row("['%j', (() => { const o = {}; o.o = o; return o; })()]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%j");
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.property(2, "o", b.ref(2), "ECW");
                    b.element(1, 1, b.ref(2));
                    return b.ref(1);
                }, "[Circular]"),
                row("['%o', [1, 2]]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%o");
                    b.array(2, 2);
                    b.setPrototype(2, b.intrinsic("AP"));
                    b.element(2, 0, 1);
                    b.element(2, 1, 2);
                    b.element(1, 1, b.ref(2));
                    return b.ref(1);
                }, "[ 1, 2, [length]: 2 ]"),
                row("['%O', { a: { b: { c: { d: 1 } } } }]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%O");
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.object(3);
                    b.setPrototype(3, b.intrinsic("OP"));
                    b.object(4);
                    b.setPrototype(4, b.intrinsic("OP"));
                    b.object(5);
                    b.setPrototype(5, b.intrinsic("OP"));
                    b.property(5, "d", 1, "ECW");
                    b.property(4, "c", b.ref(5), "ECW");
                    b.property(3, "b", b.ref(4), "ECW");
                    b.property(2, "a", b.ref(3), "ECW");
                    b.element(1, 1, b.ref(2));
                    return b.ref(1);
                }, "{ a: { b: { c: [Object] } } }"),
                row("['%c styled', 'color: red']", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%c styled");
                    b.element(1, 1, "color: red");
                    return b.ref(1);
                }, " styled"),
                row("['%x', 1]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%x");
                    b.element(1, 1, 1);
                    return b.ref(1);
                }, "%x 1"),
                row("['%s', [1, [2, [3]]]]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%s");
                    b.array(2, 2);
                    b.setPrototype(2, b.intrinsic("AP"));
                    b.element(2, 0, 1);
                    b.array(3, 2);
                    b.setPrototype(3, b.intrinsic("AP"));
                    b.element(3, 0, 2);
                    b.array(4, 1);
                    b.setPrototype(4, b.intrinsic("AP"));
                    b.element(4, 0, 3);
                    b.element(3, 1, b.ref(4));
                    b.element(2, 1, b.ref(3));
                    b.element(1, 1, b.ref(2));
                    return b.ref(1);
                }, "[ 1, [Array] ]"),
                row("['%s', { a: 1, b: { c: 1 } }]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%s");
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.property(2, "a", 1, "ECW");
                    b.object(3);
                    b.setPrototype(3, b.intrinsic("OP"));
                    b.property(3, "c", 1, "ECW");
                    b.property(2, "b", b.ref(3), "ECW");
                    b.element(1, 1, b.ref(2));
                    return b.ref(1);
                }, "{ a: 1, b: [Object] }"),
                row("['%s', -0]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%s");
                    b.element(1, 1, -0.0);
                    return b.ref(1);
                }, "-0"),
                row("['%s', null]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%s");
                    b.element(1, 1, NULL);
                    return b.ref(1);
                }, "null"),
                row("['%s', undefined]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%s");
                    b.element(1, 1, U);
                    return b.ref(1);
                }, "undefined"),
                row("['%s', true]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%s");
                    b.element(1, 1, true);
                    return b.ref(1);
                }, "true"),
                row("['%s', { toString() { return 'custom'; } }]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%s");
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.function(3, "toString", 0, "custom");
                    b.setPrototype(3, b.intrinsic("FP"));
                    b.property(2, "toString", b.ref(3), "ECW");
                    b.element(1, 1, b.ref(2));
                    return b.ref(1);
                }, "custom"),
                row("['%s', (() => { function P() { this.x = 1; } return new P(); })()]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%s");
                    b.object(2);
                    b.object(3);
                    b.setPrototype(3, b.intrinsic("OP"));
                    b.function(4, "P", 0, U);
                    b.setPrototype(4, b.intrinsic("FP"));
                    b.property(4, "arguments", NULL, "");
                    b.property(4, "caller", NULL, "");
                    b.property(4, "prototype", b.ref(3), "W");
                    b.property(3, "constructor", b.ref(4), "CW");
                    b.setPrototype(2, b.ref(3));
                    b.property(2, "x", 1, "ECW");
                    b.element(1, 1, b.ref(2));
                    return b.ref(1);
                }, "P { x: 1 }"),
                row("['%s', (() => { function P() { this.x = 1; } P.prototype.toString = function () { return 'P!'; }; return new P(); })()]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%s");
                    b.object(2);
                    b.object(3);
                    b.setPrototype(3, b.intrinsic("OP"));
                    b.function(4, "P", 0, U);
                    b.setPrototype(4, b.intrinsic("FP"));
                    b.property(4, "arguments", NULL, "");
                    b.property(4, "caller", NULL, "");
                    b.property(4, "prototype", b.ref(3), "W");
                    b.property(3, "constructor", b.ref(4), "CW");
                    b.function(5, "", 0, "P!");
                    b.setPrototype(5, b.intrinsic("FP"));
                    b.property(5, "arguments", NULL, "");
                    b.property(5, "caller", NULL, "");
                    b.object(6);
                    b.setPrototype(6, b.intrinsic("OP"));
                    b.property(6, "constructor", b.ref(5), "CW");
                    b.property(5, "prototype", b.ref(6), "W");
                    b.property(3, "toString", b.ref(5), "ECW");
                    b.setPrototype(2, b.ref(3));
                    b.property(2, "x", 1, "ECW");
                    b.element(1, 1, b.ref(2));
                    return b.ref(1);
                }, "P!"),
                row("['%s', new Error('e')]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%s");
                    b.error(2);
                    b.setPrototype(2, b.intrinsic("EP:Error"));
                    b.property(2, "stack", "Error: e", "CW");
                    b.property(2, "message", "e", "CW");
                    b.element(1, 1, b.ref(2));
                    return b.ref(1);
                }, "[Error: e]"),
                row("['%s:%s', 'a']", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%s:%s");
                    b.element(1, 1, "a");
                    return b.ref(1);
                }, "a:%s"),
                row("['%d%d', 1, 2]", b -> {
                    b.array(1, 3);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%d%d");
                    b.element(1, 1, 1);
                    b.element(1, 2, 2);
                    return b.ref(1);
                }, "12"),
                row("['a%', 1]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "a%");
                    b.element(1, 1, 1);
                    return b.ref(1);
                }, "a% 1"),
                row("['%', 1]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%");
                    b.element(1, 1, 1);
                    return b.ref(1);
                }, "% 1"),
                row("[{ a: 1 }, 'x', [1]]", b -> {
                    b.array(1, 3);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.object(2);
                    b.setPrototype(2, b.intrinsic("OP"));
                    b.property(2, "a", 1, "ECW");
                    b.element(1, 0, b.ref(2));
                    b.element(1, 1, "x");
                    b.array(3, 1);
                    b.setPrototype(3, b.intrinsic("AP"));
                    b.element(3, 0, 1);
                    b.element(1, 2, b.ref(3));
                    return b.ref(1);
                }, "{ a: 1 } x [ 1 ]"),
                row("['x', 'y', 'z']", b -> {
                    b.array(1, 3);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "x");
                    b.element(1, 1, "y");
                    b.element(1, 2, "z");
                    return b.ref(1);
                }, "x y z"),
                row("[-0, 0, 'str', \"it's\"]", b -> {
                    b.array(1, 4);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, -0.0);
                    b.element(1, 1, 0);
                    b.element(1, 2, "str");
                    b.element(1, 3, "it's");
                    return b.ref(1);
                }, "-0 0 str it's"),
                row("['%s', 'a', 'extra', 3]", b -> {
                    b.array(1, 4);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%s");
                    b.element(1, 1, "a");
                    b.element(1, 2, "extra");
                    b.element(1, 3, 3);
                    return b.ref(1);
                }, "a extra 3"),
                row("['%o', 'str']", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%o");
                    b.element(1, 1, "str");
                    return b.ref(1);
                }, "'str'"),
                row("['%O', 'str']", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%O");
                    b.element(1, 1, "str");
                    return b.ref(1);
                }, "'str'"),
                row("[]", b -> {
                    b.array(1, 0);
                    b.setPrototype(1, b.intrinsic("AP"));
                    return b.ref(1);
                }, ""),
                row("[undefined]", b -> {
                    b.array(1, 1);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, U);
                    return b.ref(1);
                }, "undefined"),
                row("[null, undefined]", b -> {
                    b.array(1, 2);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, NULL);
                    b.element(1, 1, U);
                    return b.ref(1);
                }, "null undefined"),
                row("['%s %o', 'x', function foo() {}]", b -> {
                    b.array(1, 3);
                    b.setPrototype(1, b.intrinsic("AP"));
                    b.element(1, 0, "%s %o");
                    b.element(1, 1, "x");
                    b.function(2, "foo", 0, U);
                    b.setPrototype(2, b.intrinsic("FP"));
                    b.property(2, "arguments", NULL, "");
                    b.property(2, "caller", NULL, "");
                    b.object(3);
                    b.setPrototype(3, b.intrinsic("OP"));
                    b.property(3, "constructor", b.ref(2), "CW");
                    b.property(2, "prototype", b.ref(3), "W");
                    b.element(1, 2, b.ref(2));
                    return b.ref(1);
                }, "x <ref *1> [Function: foo] {\n  [length]: 0,\n  [name]: 'foo',\n  [arguments]: null,\n  [caller]: null,\n  [prototype]: { [constructor]: [Circular *1] }\n}")
        );
    }

    private static Arguments row(String js, Function<ValueBuilder, Object> build, String expected) {
        return Arguments.of(js, build, expected);
    }

    @ParameterizedTest(name = "console.log(...{0})")
    @MethodSource("cases")
    void logsAsNodeDoes(String js, Function<ValueBuilder, Object> build, String expected) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Realm realm = Builtins.createRealm(new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        JSArray args = (JSArray) build.apply(new ValueBuilder(realm));
        Object[] list = new Object[args.length()];
        for (int i = 0; i < list.length; i++) {
            list[i] = args.getElement(i);
        }
        JSFunction log = (JSFunction) PropertyAccess.getNamed(realm, realm.global().get("console"), "log");
        log.call(Oddball.UNDEFINED, list);
        assertEquals(expected + "\n", out.toString(StandardCharsets.UTF_8), js);
    }
}
