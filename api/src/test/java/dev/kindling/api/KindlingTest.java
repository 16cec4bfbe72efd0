/*
 * The embedding API's contract: how values cross between Java and JS, how modules, globals
 * and handles behave, and how JS exceptions, syntax errors and process.exit reach Java.
 */
package dev.kindling.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.flags.Flag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KindlingTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Kindling js = Kindling.builder()
            .out(new PrintStream(out, true, StandardCharsets.UTF_8))
            .err(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
            .build();

    @Test
    void numbersComeBackAsIntegerWhenInt32ElseDouble() {
        assertEquals(42, js.evaluate("return 6 * 7;"));
        assertEquals(3, js.evaluate("return 1.5 * 2;"));
        assertEquals(0.5, js.evaluate("return 1 / 2;"));
        assertEquals(-0.0, js.evaluate("return -0;"));
        assertEquals(4294967296.0, js.evaluate("return 2 ** 32;"));
        assertEquals(Double.NaN, js.evaluate("return 0 / 0;"));
    }

    @Test
    void stringsBooleansAndBothNullishValuesMapToJava() {
        assertEquals("ab", js.evaluate("return 'a' + 'b';"));
        assertEquals(Boolean.TRUE, js.evaluate("return 1 < 2;"));
        assertNull(js.evaluate("return undefined;"));
        assertNull(js.evaluate("return null;"));
        assertNull(js.evaluate("var x = 1;"), "no top-level return gives undefined, that is null");
    }

    @Test
    void symbolsComeBackAsHandlesThatReadSymbolKeyedProperties() {
        js.evaluate("globalThis.tag = Symbol('tag'); globalThis.tagged = { [tag]: 42 };");
        JsSymbol tag = (JsSymbol) js.evaluate("return tag;");
        assertEquals("tag", tag.description());
        assertEquals("Symbol(tag)", tag.toString());
        assertEquals(tag, js.evaluate("return tag;"));
        assertEquals(42, ((JsObject) js.evaluate("return tagged;")).get(tag));
        js.evaluate("globalThis.isTag = s => s === tag;");
        assertEquals(Boolean.TRUE, js.globalFunction("isTag").call(tag), "the same symbol goes back in");
    }

    @Test
    void javaValuesBecomeJsValues() {
        js.evaluate("globalThis.typeAndValue = v => typeof v + ':' + String(v) + (v === null ? ':null' : '');");
        JsFunction f = js.globalFunction("typeAndValue");
        assertEquals("number:7", f.call(7));
        assertEquals("number:2", f.call(2.0));
        assertEquals("number:2.5", f.call(2.5f));
        assertEquals("number:10000000000", f.call(10_000_000_000L));
        assertEquals("string:x", f.call('x'));
        assertEquals("boolean:true", f.call(true));
        assertEquals("object:null:null", f.call((Object) null));
        assertEquals("undefined:undefined", f.call());
        assertThrows(IllegalArgumentException.class, () -> f.call(new StringBuilder("no")));
    }

    @Test
    void int32ArgumentsStayIntegersInsideTheEngine() {
        // 2.0 from Java is the int 2 inside (V8's Smi), so integer arithmetic stays integer.
        js.evaluate("globalThis.half = n => n / 2;");
        assertEquals(1, js.globalFunction("half").call(2.0));
        assertEquals(1.5, js.globalFunction("half").call(3));
    }

    @Test
    void globalsCanBeSetAndRead() {
        js.setGlobal("answer", 42);
        assertEquals(43, js.evaluate("return answer + 1;"));
        js.evaluate("globalThis.greeting = 'hi';");
        assertEquals("hi", js.getGlobal("greeting"));
        assertNull(js.getGlobal("noSuchGlobal"));
        assertThrows(IllegalArgumentException.class, () -> js.globalFunction("greeting"));
    }

    @Test
    void objectHandlesReadWriteAndCallMethods() {
        JsObject o = (JsObject) js.evaluate("return { a: 1, b: 'two', get c() { return this.a + 1; }, "
                + "inc(n) { this.a += n; return this.a; } };");
        assertEquals(List.of("a", "b", "c", "inc"), o.keys());
        assertEquals(2, o.get("c"));
        assertEquals(6, o.invoke("inc", 5));
        o.set("b", 2.5);
        assertEquals(2.5, o.get("b"));
        assertTrue(o.has("toString"));
        assertFalse(o.has("d"));
        assertEquals("{ a: 6, b: 2.5, c: [Getter], inc: [Function: inc] }", o.toString());
        assertThrows(IllegalArgumentException.class, () -> o.invoke("b"));
    }

    @Test
    void handlesAreTheJsObjectsThemselves() {
        JsObject o = (JsObject) js.evaluate("globalThis.shared = {}; return shared;");
        assertEquals(o, js.getGlobal("shared"));
        js.evaluate("globalThis.same = x => x === shared;");
        assertEquals(Boolean.TRUE, js.globalFunction("same").call(o));
        o.set("seen", true);
        assertEquals(Boolean.TRUE, js.evaluate("return shared.seen;"));
    }

    @Test
    void arraysAndFunctionsHaveTheirOwnHandles() {
        JsArray a = (JsArray) js.evaluate("return [1, 2.5, 'x', null, [3]];");
        assertEquals(5, a.length());
        assertEquals(2.5, a.get(1));
        assertEquals(Arrays.asList(1, 2.5, "x", null, a.get(4)), a.toList());
        assertInstanceOf(JsArray.class, a.get(4));
        a.set(0, 10);
        assertEquals(10, js.globalFunction("Number").call(a.get(0)));

        JsArray made = js.newArray(1, 2, 3);
        js.evaluate("globalThis.sum = xs => xs.reduce((s, x) => s + x, 0);");
        assertEquals(6, js.globalFunction("sum").call(made));

        JsFunction point = (JsFunction) js.evaluate("function Point(x) { this.x = x; } "
                + "Point.prototype.twice = function () { return this.x * 2; }; return Point;");
        JsObject p = (JsObject) point.construct(21);
        assertEquals(42, p.invoke("twice"));
        JsFunction getX = (JsFunction) js.evaluate("return function () { return this.x; };");
        assertEquals(21, getX.callOn(p));
    }

    @Test
    void requireGivesModuleExportsOnceThroughTheModuleCache(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lib.js"), "exports.twice = n => 2 * n; exports.loads = (globalThis.loads || 0) + 1;"
                + " globalThis.loads = exports.loads;");
        Files.writeString(dir.resolve("main.js"), "module.exports = require('./lib.js').twice(21);");
        JsObject lib = (JsObject) js.require(dir.resolve("lib.js"));
        assertEquals(8, lib.getFunction("twice").call(4));
        assertEquals(42, js.require(dir.resolve("main.js")));
        assertEquals(lib, js.require(dir.resolve("lib.js")));
        assertEquals(1, js.getGlobal("loads"));
        assertThrows(UncheckedIOException.class, () -> js.require(dir.resolve("missing.js")));
    }

    @Test
    void evaluateFileRunsAModuleAndConsoleGoesToTheGivenStream(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("hello.js");
        Files.writeString(file, "console.log('hello', __filename.endsWith('hello.js')); return 1;");
        assertEquals(1, js.evaluateFile(file));
        assertEquals("hello true\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsErrorsArriveWithNodesMessageReportAndStack() {
        js.evaluate("function f(o) { return o.x.y; } globalThis.f = f;", "lib.js");
        JsException e = assertThrows(JsException.class, () -> js.globalFunction("f").call(js.newObject()));
        assertEquals("TypeError: Cannot read properties of undefined (reading 'y')", e.getMessage());
        assertTrue(e.jsStack().startsWith("TypeError: Cannot read properties of undefined (reading 'y')\n    at f ("),
                e.jsStack());
        assertTrue(e.jsStack().contains("lib.js:1:"), e.jsStack());
        String path = Path.of("lib.js").toAbsolutePath().toString();
        assertTrue(e.report().startsWith(path + ":1\nfunction f(o) { return o.x.y; } globalThis.f = f;\n"
                + " ".repeat(27) + "^\n\nTypeError: "), e.report());
        assertEquals("Cannot read properties of undefined (reading 'y')", ((JsObject) e.value()).get("message"));
        assertFalse(e.isSyntaxError());
    }

    @Test
    void thrownNonErrorsKeepTheirValue() {
        JsException e = assertThrows(JsException.class, () -> js.evaluate("throw 42;"));
        assertEquals("42", e.getMessage());
        assertEquals(42, e.value());
        assertNull(e.jsStack());
        JsException s = assertThrows(JsException.class, () -> js.evaluate("throw 'boom';"));
        assertEquals("'boom'", s.getMessage());
        assertEquals("boom", s.value());
    }

    @Test
    void jsCatchesWhatJavaCodeItCallsThrows() {
        js.evaluate("globalThis.safe = f => { try { return f(); } catch (e) { return 'caught ' + e.message; } };");
        JsFunction thrower = (JsFunction) js.evaluate("return () => { throw new RangeError('deep'); };");
        assertEquals("caught deep", js.globalFunction("safe").call(thrower));
    }

    @Test
    void syntaxErrorsAreReportedInNodesLayout() {
        JsException e = assertThrows(JsException.class, () -> js.evaluate("let x = ;", "bad.js"));
        assertTrue(e.isSyntaxError());
        assertEquals("SyntaxError: Unexpected token ';'", e.getMessage());
        String path = Path.of("bad.js").toAbsolutePath().toString();
        assertEquals(path + ":1\nlet x = ;\n        ^\n\nSyntaxError: Unexpected token ';'\n", e.report());
    }

    @Test
    void processExitStopsTheProgramWithItsCode() {
        ProcessExitException e = assertThrows(ProcessExitException.class,
                () -> js.evaluate("try { process.exit(3); } finally { console.log('never'); }"));
        assertEquals(3, e.code());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void runMainReturnsTheExitCode(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("main.js");
        Files.writeString(file, "process.exitCode = 4; console.log(require.main === module);");
        assertEquals(4, js.runMain(file));
        assertEquals("true\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void deepRecursionIsARangeErrorNotAJavaStackOverflow() {
        Kindling shallow = Kindling.create(Options.builder().set(Flag.MAX_CALL_DEPTH, 100).build());
        JsException e = assertThrows(JsException.class,
                () -> shallow.evaluate("function down(n) { return down(n + 1); } return down(0);"));
        assertEquals("RangeError: Maximum call stack size exceeded", e.getMessage());
    }

    @Test
    void everyModeRunsTheSameProgram() {
        String program = "let o = { x: 1 }; let s = 0; for (let i = 0; i < 100; i++) s += o.x; return s;";
        for (Options options : List.of(Options.defaults(), Options.builder().set(Flag.USE_IC, false).build(),
                Options.fromArgs("--no-opt"))) {
            assertEquals(100, Kindling.create(options).evaluate(program), options.toString());
        }
    }

    @Test
    void closeWritesTheReportsTheOptionsAskFor(@TempDir Path dir) throws IOException {
        Path dot = dir.resolve("shapes.dot");
        ByteArrayOutputStream feedback = new ByteArrayOutputStream();
        try (Kindling traced = Kindling.builder()
                .options(Options.builder().set(Flag.PRINT_FEEDBACK, true).set(Flag.DUMP_SHAPES, dot.toString()).build())
                .out(new PrintStream(feedback, true, StandardCharsets.UTF_8)).build()) {
            traced.evaluate("function f(o) { return o.x; } f({ x: 1 });");
            assertEquals("", feedback.toString(StandardCharsets.UTF_8), "nothing before close");
        }
        assertTrue(feedback.toString(StandardCharsets.UTF_8).contains("f"), feedback.toString(StandardCharsets.UTF_8));
        assertTrue(Files.readString(dot).startsWith("digraph"), Files.readString(dot));
    }

    @Test
    void optionsRoundTripThroughTheirBuilderAndTheirArgs() {
        Options o = Options.builder().set(Flag.USE_IC, false).set(Flag.PRINT_BYTECODE_FILTER, "f")
                .set(Flag.MAX_CALL_DEPTH, 50).build();
        assertEquals(o, o.toBuilder().build());
        assertEquals(o, Options.fromArgs("--no-use-ic", "--print-bytecode-filter=f", "--max_call_depth", "50"));
        assertEquals(List.of("--max-call-depth=50", "--print-bytecode-filter=f", "--no-use-ic"), o.flags().toArgs());
        assertTrue(Options.defaults().bool(Flag.USE_IC));
        assertTrue(Options.defaults().bool(Flag.OPT));
        assertEquals(Flag.MAX_CALL_DEPTH.defaultValue(), Options.defaults().integer(Flag.MAX_CALL_DEPTH));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Options.builder().set(Flag.MAX_CALL_DEPTH, 0));
        assertEquals("bad option: --max-call-depth=0", e.getMessage());
    }

    @Test
    void everyFlagOfTheTableReachesTheEnginesFlags(@TempDir Path dir) {
        for (Flag flag : Flag.values()) {
            Object value = switch (flag.type()) {
                case BOOL -> !(Boolean) flag.defaultValue();
                case INT -> (Integer) flag.defaultValue() + 1;
                // a path --dump-shapes can write at close; a flag of optional value, its implicit one
                case STRING -> flag.implicitValue() != null ? flag.implicitValue() : dir.resolve(flag.flagName()).toString();
            };
            Options options = Options.fromArgs(flag.spell(value));
            try (Kindling engine = Kindling.builder().options(options).out(new PrintStream(OutputStream.nullOutputStream()))
                    .build()) {
                assertEquals(value, engine.engineFlags().get(flag), flag.option());
                assertEquals(Options.defaults().flags().toBuilder().set(flag, value).build(), engine.engineFlags());
            }
        }
    }
}
