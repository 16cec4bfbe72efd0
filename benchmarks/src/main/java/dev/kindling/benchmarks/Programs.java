/*
 * Loads a JS program for a benchmark through the embedding path the command line uses (an
 * Engine running the source as a main module) and hands back its module.exports, with output
 * discarded. `useIc` false is the --no-use-ic engine.
 */
package dev.kindling.benchmarks;

import dev.kindling.interpreter.Engine;
import dev.kindling.runtime.JSObject;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

final class Programs {
    private Programs() {
    }

    static JSObject exports(String source, String fileName, boolean useIc) {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        Engine.Options d = Engine.Options.defaults();
        Engine engine = new Engine(new Engine.Options(false, null, false, d.maxCallDepth(), useIc, false), sink, sink);
        JSObject module = engine.runMainModule(engine.compile(source, fileName), Path.of(fileName));
        return (JSObject) module.get("exports");
    }
}
