/*
 * Liveness expectations: each tests/liveness/NAME.js holds a small function (`test`, or the
 * one a `// filter: NAME` line names) and NAME.golden its BytecodeLiveness listing — blocks,
 * loops and what is live before and after every instruction. The program is run, so the
 * function is compiled on its call, as --print-bytecode sees it.
 *
 * After an intended change, regenerate with tests/regen-goldens.sh (it runs this test with
 * -Dkindling.regenerate=true) and review the diff.
 */
package dev.kindling.bytecode.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.bytecode.Script;
import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.frontend.Parser;
import dev.kindling.frontend.ast.Program;
import dev.kindling.frontend.scope.ScopeAnalyzer;
import dev.kindling.host.Engine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

class LivenessGoldenTest {
    private static final Path DIR = Path.of("../tests/liveness");
    private static final Pattern FILTER = Pattern.compile("^// filter: (\\S+)$", Pattern.MULTILINE);
    private static final boolean REGENERATE = Boolean.getBoolean("kindling.regenerate");

    @TestFactory
    Stream<DynamicTest> goldenLiveness() throws IOException {
        List<Path> snippets;
        try (Stream<Path> files = Files.list(DIR)) {
            snippets = files.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
        assertFalse(snippets.isEmpty(), "no snippets in " + DIR.toAbsolutePath());
        return snippets.stream().map(js -> DynamicTest.dynamicTest(js.getFileName().toString(), () -> check(js)));
    }

    private static void check(Path js) throws IOException {
        String source = Files.readString(js, StandardCharsets.UTF_8);
        Matcher m = FILTER.matcher(source);
        String filter = m.find() ? m.group(1) : "test";
        List<SharedFunctionInfo> compiled = new ArrayList<>();
        Program program = Parser.parse(source, js.getFileName().toString());
        Script script = new Script(program, ScopeAnalyzer.analyze(program),
                dev.kindling.bytecode.generator.BytecodeGenerator::generate, shared -> {
            if (shared.name().equals(filter)) {
                compiled.add(shared);
            }
        });
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        new Engine(dev.kindling.flags.Flags.defaults(), sink, sink).runMainModule(script, js);
        assertEquals(1, compiled.size(), "functions named " + filter + " compiled by running " + js);
        String actual = "[liveness of function: " + filter + "]\n"
                + BytecodeLiveness.analyze(compiled.get(0).bytecode()).print();
        Path golden = Path.of(js.toString().replaceAll("\\.js$", ".golden"));
        if (REGENERATE) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(golden), "missing " + golden + " (run tests/regen-goldens.sh)");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
    }
}
