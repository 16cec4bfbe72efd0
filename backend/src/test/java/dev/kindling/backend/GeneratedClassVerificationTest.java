/*
 * Every class the tier generates passes ASM's CheckClassAdapter.verify (STYLE.md: "tests verify
 * every generated class with CheckClassAdapter"): the bytecode verifier's type checks (operand
 * stack, locals, frames) on each method, run on the class file before it is defined, so a
 * problem is reported with the offending instruction instead of as a VerifyError at install.
 *
 * The functions are the real ones of the repository's tier tests: every program of tests/ir and
 * tests/deopt, run through the whole pipeline under --always-opt (each function is compiled at
 * its second call) and again with --deopt-every-n-times=3 (stress mode adds a forced-deopt
 * branch before every check). KindlingCompiler's class listener hands over each class file.
 */
package dev.kindling.backend;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kindling.flags.Flag;
import dev.kindling.flags.Flags;
import dev.kindling.host.Engine;
import dev.kindling.interpreter.TieringManager;
import dev.kindling.runtime.JSException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

class GeneratedClassVerificationTest {

    @TestFactory
    Stream<DynamicTest> everyGeneratedClassVerifies() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String folder : List.of("tests/ir", "tests/deopt")) {
            Path dir = repoRoot().resolve(folder);
            List<Path> programs;
            try (Stream<Path> files = Files.list(dir)) {
                programs = files.filter(p -> p.toString().endsWith(".js")).sorted().toList();
            }
            assertFalse(programs.isEmpty(), "no programs in " + dir);
            for (Path js : programs) {
                for (int deoptEveryN : new int[] {0, 3}) {
                    String name = folder + "/" + js.getFileName() + (deoptEveryN == 0 ? "" : " (stress)");
                    tests.add(DynamicTest.dynamicTest(name, js.toUri(), () -> verifyClassesOf(js, deoptEveryN)));
                }
            }
        }
        return tests.stream();
    }

    private static void verifyClassesOf(Path js, int deoptEveryN) throws IOException {
        List<byte[]> classes = new ArrayList<>();
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        KindlingCompiler compiler = new KindlingCompiler(new KindlingCompiler.Settings(null, null, null, null, null,
                null, null, null, deoptEveryN));
        compiler.setClassListener(classes::add);
        Flags flags = Flags.builder().set(Flag.ALLOW_NATIVES_SYNTAX, true).build();
        Engine engine = new Engine(flags, sink, sink, List.of("kindling", js.toString()), compiler,
                TieringManager.DEFAULT_INTERRUPT_BUDGET);
        engine.interpreter().tieringManager().setAlwaysOpt(true);
        Path file = js.toAbsolutePath().normalize();
        try {
            engine.runMainModule(engine.compile(Files.readString(file, StandardCharsets.UTF_8), file.toString()), file);
        } catch (JSException e) {
            fail(js + " threw: " + engine.formatUncaught(e));
        }
        assertFalse(classes.isEmpty(), js + " had no function compiled");
        for (byte[] classFile : classes) {
            StringWriter problems = new StringWriter();
            CheckClassAdapter.verify(new ClassReader(classFile), GeneratedClassVerificationTest.class.getClassLoader(),
                    false, new PrintWriter(problems));
            assertTrue(problems.toString().isEmpty(), new ClassReader(classFile).getClassName() + " of " + js
                    + " does not verify:\n" + problems);
        }
    }

    /** The repository root: the nearest parent of the working directory with tests/deopt. */
    private static Path repoRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("tests/deopt"))) {
                return p;
            }
        }
        throw new IllegalStateException("no tests/deopt above " + Path.of("").toAbsolutePath());
    }
}
