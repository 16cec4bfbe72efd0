/*
 * Where the repository root is for the end-to-end tests: the kindling.root system property
 * (cli/pom.xml sets it), else the nearest parent of the working directory with a tests/ folder.
 */
package dev.kindling.cli;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
