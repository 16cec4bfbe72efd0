/*
 * javax.script finds Kindling by name and extension; eval, bindings, Invocable, console
 * output and JS errors behave as KindlingScriptEngine documents.
 */
package dev.kindling.api.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kindling.api.JsException;
import dev.kindling.api.JsObject;
import java.io.StringReader;
import java.io.StringWriter;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import org.junit.jupiter.api.Test;

class KindlingScriptEngineTest {
    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("kindling");

    @Test
    void theManagerFindsKindlingByNameAndExtension() {
        assertNotNull(engine);
        assertEquals("Kindling", engine.getFactory().getEngineName());
        assertInstanceOf(KindlingScriptEngine.class, new ScriptEngineManager().getEngineByExtension("js"));
    }

    @Test
    void evalReturnsTheTopLevelReturnValue() throws ScriptException {
        assertEquals(42, engine.eval("return 6 * 7;"));
        assertEquals(null, engine.eval("let unused = 1;"));
        assertEquals("ab", engine.eval(new StringReader("return 'a' + 'b';")));
    }

    @Test
    void bindingsBecomeGlobalsAndGlobalsAreReadBack() throws ScriptException {
        engine.put("n", 5);
        assertEquals(6, engine.eval("return n + 1;"));
        engine.eval("globalThis.made = 'in JS';");
        assertEquals("in JS", engine.get("made"));
    }

    @Test
    void invocableCallsGlobalFunctionsAndMethods() throws Exception {
        JsObject counter = (JsObject) engine.eval("globalThis.twice = x => 2 * x; return { n: 1, add(k) { return this.n += k; } };");
        Invocable invocable = (Invocable) engine;
        assertEquals(8, invocable.invokeFunction("twice", 4));
        assertEquals(3, invocable.invokeMethod(counter, "add", 2));
        assertThrows(NoSuchMethodException.class, () -> invocable.invokeFunction("nope"));
    }

    @Test
    void consoleOutputGoesToTheContextsWriter() throws ScriptException {
        StringWriter out = new StringWriter();
        engine.getContext().setWriter(out);
        engine.eval("console.log('hello', 1 + 1);");
        assertEquals("hello 2\n", out.toString());
    }

    @Test
    void jsErrorsAreScriptExceptionsWithTheJsMessage() {
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("null.x;"));
        assertEquals("TypeError: Cannot read properties of null (reading 'x')", e.getCause().getMessage());
        assertInstanceOf(JsException.class, e.getCause());
    }
}
