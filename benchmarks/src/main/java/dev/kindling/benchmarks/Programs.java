/*
 * Where the benchmarks find their JS files and how they load them: benchmarks/js of the
 * repository (found from the working directory upwards, or named by -Dkindling.root), loaded
 * with the embedding API's require into a quiet engine (console output discarded) of one of
 * Kindling's modes.
 */
package dev.kindling.benchmarks;

import dev.kindling.api.JsObject;
import dev.kindling.api.Kindling;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

public final class Programs {
    private Programs() {
    }

    /** benchmarks/js of the repository this benchmark runs in. */
    public static Path jsDirectory() {
        String root = System.getProperty("kindling.root");
        if (root != null) {
            return Path.of(root, "benchmarks", "js").toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path js = dir.resolve("benchmarks").resolve("js");
            if (Files.isRegularFile(js.resolve("benchmark.js"))) {
                return js;
            }
        }
        throw new IllegalStateException("cannot find benchmarks/js above " + Path.of("").toAbsolutePath()
                + "; run from the repository or pass -Dkindling.root=DIR");
    }

    /** A quiet engine (console output discarded) in the mode named by a benchmark parameter. */
    public static Kindling engine(String mode) {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        return Kindling.builder().options(KindlingMode.named(mode).options()).out(sink).err(sink).build();
    }

    /** The module.exports of benchmarks/js/`file` in a new quiet engine of that mode. */
    public static JsObject exports(String file, String mode) {
        return (JsObject) engine(mode).require(jsDirectory().resolve(file));
    }
}
