/*
 * A javax.script ScriptEngine on the embedding API: one Kindling engine per ScriptEngine,
 * made on the first eval with the context's writers as console.log's and console.error's
 * streams.
 *
 * eval runs the script as Kindling.evaluate does (a CommonJS module: top-level declarations
 * stay local, `globalThis.x = ...` makes a global) and returns what a top-level `return`
 * gives, else null. Before each eval the ENGINE_SCOPE bindings are copied to JS globals (the
 * Java values Values maps; others are refused with a ScriptException); get(name) reads a JS
 * global first, then the bindings. Invocable calls global functions and methods of JsObject
 * handles. JsException and process.exit reach the caller as ScriptException with the JS
 * message (the JsException is its cause).
 *
 * Assumes: one thread at a time (the factory's THREADING parameter is null).
 */
package dev.kindling.api.script;

import dev.kindling.api.JsException;
import dev.kindling.api.JsObject;
import dev.kindling.api.Kindling;
import dev.kindling.api.ProcessExitException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;

public final class KindlingScriptEngine extends AbstractScriptEngine implements Invocable {
    private final ScriptEngineFactory factory;
    private Kindling kindling;

    KindlingScriptEngine(ScriptEngineFactory factory) {
        this.factory = factory;
    }

    @Override
    public Object eval(String script, ScriptContext context) throws ScriptException {
        Kindling js = engine(context);
        Object fileName = context.getAttribute(ScriptEngine.FILENAME);
        return run(() -> {
            for (Map.Entry<String, Object> binding : context.getBindings(ScriptContext.ENGINE_SCOPE).entrySet()) {
                js.setGlobal(binding.getKey(), binding.getValue());
            }
            return fileName == null ? js.evaluate(script) : js.evaluate(script, fileName.toString());
        }, context);
    }

    @Override
    public Object eval(Reader reader, ScriptContext context) throws ScriptException {
        StringWriter text = new StringWriter();
        try {
            reader.transferTo(text);
        } catch (IOException e) {
            throw new ScriptException(e);
        }
        return eval(text.toString(), context);
    }

    /** A JS global of that name if there is one, else the ENGINE_SCOPE binding. */
    @Override
    public Object get(String key) {
        Object global = kindling == null ? null : kindling.getGlobal(key);
        return global != null ? global : super.get(key);
    }

    @Override
    public Bindings createBindings() {
        return new SimpleBindings();
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    @Override
    public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        Kindling js = engine(context);
        Object f = js.getGlobal(name);
        if (!(f instanceof dev.kindling.api.JsFunction function)) {
            throw new NoSuchMethodException("no global function '" + name + "'");
        }
        return run(() -> function.call(args), context);
    }

    @Override
    public Object invokeMethod(Object thiz, String name, Object... args) throws ScriptException, NoSuchMethodException {
        if (!(thiz instanceof JsObject object)) {
            throw new IllegalArgumentException("not a JS object of this engine: " + thiz);
        }
        if (!(object.get(name) instanceof dev.kindling.api.JsFunction)) {
            throw new NoSuchMethodException("no method '" + name + "' on " + object);
        }
        return run(() -> object.invoke(name, args), context);
    }

    /** Not supported: a JS object implementing a Java interface would need reflection (a Proxy). */
    @Override
    public <T> T getInterface(Class<T> type) {
        return null;
    }

    @Override
    public <T> T getInterface(Object thiz, Class<T> type) {
        return null;
    }

    private Kindling engine(ScriptContext context) {
        if (kindling == null) {
            kindling = Kindling.builder()
                    .out(new PrintStream(new WriterStream(context::getWriter), true, StandardCharsets.UTF_8))
                    .err(new PrintStream(new WriterStream(context::getErrorWriter), true, StandardCharsets.UTF_8))
                    .build();
        }
        return kindling;
    }

    private static Object run(Supplier<Object> action, ScriptContext context) throws ScriptException {
        try {
            return action.get();
        } catch (JsException | ProcessExitException | IllegalArgumentException e) {
            ScriptException s = new ScriptException(e.getMessage());
            s.initCause(e);
            throw s;
        } finally {
            try {
                context.getWriter().flush();
                context.getErrorWriter().flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Bytes the engine prints, decoded as UTF-8 into the context's current writer at each flush. */
    private static final class WriterStream extends OutputStream {
        private final Supplier<Writer> writer;
        private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

        WriterStream(Supplier<Writer> writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            pending.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            pending.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (pending.size() > 0) {
                Writer w = writer.get();
                w.write(pending.toString(StandardCharsets.UTF_8));
                w.flush();
                pending.reset();
            }
        }
    }
}
