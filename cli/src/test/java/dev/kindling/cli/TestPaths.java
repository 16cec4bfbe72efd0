/*
 * Where the repository root is for the end-to-end tests: the kindling.root system property
 * (cli/pom.xml sets it), else the nearest parent of the working directory with a tests/ folder.
 * Also the golden tests' one way to list a folder's programs, one dynamic test each.
 */
package dev.kindling.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

final class TestPaths {
    private TestPaths() {
    }

    static Path repoRoot() {
        String root = System.getProperty("kindling.root");
        if (root != null) {
            return Path.of(root).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("tests/js"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository root (no tests/js above the working directory)");
    }

    /** One dynamic test per tests/FOLDER/*.js, in name order, running `check` on it; a folder without programs fails. */
    static Stream<DynamicTest> programTests(String folder, ThrowingConsumer<Path> check) throws IOException {
        Path dir = repoRoot().resolve("tests").resolve(folder);
        List<Path> programs;
        try (Stream<Path> files = Files.list(dir)) {
            programs = files.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
        assertFalse(programs.isEmpty(), "no programs in " + dir);
        return programs.stream()
            .map(js -> DynamicTest.dynamicTest(js.getFileName().toString(), js.toUri(), () -> check.accept(js)));
    }
}
