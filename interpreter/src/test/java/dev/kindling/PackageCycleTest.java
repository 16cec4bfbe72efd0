/*
 * The interpreter module's packages form no cycle: the folder tree is the architecture
 * diagram (STYLE.md rule 1), and a diagram with a loop in it has no reading order. Reads the
 * sources of interpreter/src/main, takes each file's package and the packages it names (its
 * import lines and any fully qualified dev.kindling.… reference outside comments), and looks
 * for a cycle among the packages of this module. A failure names the cycle, e.g.
 * "dev.kindling.runtime -> dev.kindling.runtime.builtins -> dev.kindling.runtime".
 *
 * Assumes: the Maven working directory is the module's folder (Surefire's default), and
 * package names are lower case while class names start with an upper-case letter (Java's
 * conventions, which the whole code base keeps).
 */
package dev.kindling;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackageCycleTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    /** A package name followed by a class name: `dev.kindling.runtime.builtins.Builtins`. */
    private static final Pattern REFERENCE = Pattern.compile("\\b(dev\\.kindling(?:\\.[a-z]\\w*)*)\\.[A-Z]");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void interpreterPackagesHaveNoCycle() {
        Map<String, Set<String>> graph = dependencies(SOURCES);
        assertTrue(graph.containsKey("dev.kindling.runtime") && graph.containsKey("dev.kindling.bytecode"),
                "read no sources from " + SOURCES.toAbsolutePath() + ": " + graph.keySet());
        assertEquals(List.of(), cycle(graph), "package cycle");
    }

    @Test
    void aCycleThroughThreePackagesIsFound() {
        Map<String, Set<String>> graph = new TreeMap<>();
        graph.put("a", Set.of("b"));
        graph.put("b", Set.of("c"));
        graph.put("c", Set.of("a", "d"));
        graph.put("d", Set.of());
        assertEquals(List.of("a", "b", "c", "a"), cycle(graph));
    }

    @Test
    void aFullyQualifiedReferenceCountsAndACommentDoesNot() {
        String source = """
                package dev.kindling.runtime;
                // dev.kindling.host.Engine is who calls this
                class Operators { double pow() { return dev.kindling.runtime.builtins.FdLibm.pow(1, 2); } }
                """;
        assertEquals(Set.of("dev.kindling.runtime.builtins"), referencedPackages(source));
    }

    /** Package → the other packages of the module its sources name. */
    static Map<String, Set<String>> dependencies(Path root) {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(file.toString(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String source : sources.values()) {
            Matcher m = PACKAGE.matcher(source);
            if (m.find()) {
                graph.computeIfAbsent(m.group(1), k -> new TreeSet<>()).addAll(referencedPackages(source));
            }
        }
        for (Set<String> targets : graph.values()) {
            targets.retainAll(graph.keySet());
        }
        graph.forEach((from, targets) -> targets.remove(from));
        return graph;
    }

    static Set<String> referencedPackages(String source) {
        Set<String> packages = new TreeSet<>();
        Matcher m = REFERENCE.matcher(COMMENT.matcher(source).replaceAll(""));
        while (m.find()) {
            packages.add(m.group(1));
        }
        Matcher own = PACKAGE.matcher(source);
        if (own.find()) {
            packages.remove(own.group(1));
        }
        return packages;
    }

    /** The first cycle a depth-first search meets, as a path that ends where it starts; empty if none. */
    static List<String> cycle(Map<String, Set<String>> graph) {
        Set<String> done = new TreeSet<>();
        for (String start : graph.keySet()) {
            List<String> found = cycleFrom(start, graph, new ArrayList<>(), done);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<String> cycleFrom(String node, Map<String, Set<String>> graph, List<String> path, Set<String> done) {
        int onPath = path.indexOf(node);
        if (onPath >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(onPath, path.size()));
            cycle.add(node);
            return cycle;
        }
        if (done.contains(node)) {
            return List.of();
        }
        path.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            List<String> found = cycleFrom(next, graph, path, done);
            if (!found.isEmpty()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        done.add(node);
        return List.of();
    }
}
