/*
 * Dumps quoted in the documentation are golden files, so they cannot go stale: in any
 * Markdown file of the repository, a fenced block between
 *
 *     <!-- golden: tests/bytecode/02-add-params.golden -->
 *     ```text
 *     ...
 *     ```
 *     <!-- end -->
 *
 * must hold exactly the text of the named file (a path from the repository root). The
 * goldens themselves are checked against the engine by their own tests (BytecodeExpectationsTest,
 * FeedbackGoldenTest, and any later dump's), so a quoted dump is the engine's output. Any file
 * can be quoted this way: a --print-bytecode golden, an IR dump, a trace.
 *
 * With -Dkindling.regenerate=true the blocks are rewritten from the files instead
 * (tests/regen-goldens.sh does that after regenerating the goldens).
 */
package dev.kindling.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocGoldenQuotesTest {
    /** The opening marker, the fence line, the quoted text, the closing fence and marker. */
    static final Pattern QUOTE = Pattern.compile(
            "<!-- golden: (\\S+) -->\\n(```[a-z]*\\n)(.*?)(```\\n<!-- end -->)", Pattern.DOTALL);
    private static final boolean REGENERATE = Boolean.getBoolean("kindling.regenerate");

    @TestFactory
    Stream<DynamicTest> quotedDumpsEqualTheirGoldenFiles() throws IOException {
        Path root = TestPaths.repoRoot();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path doc : markdownFiles(root)) {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            if (REGENERATE) {
                String filled = fill(text, root);
                if (!filled.equals(text)) {
                    Files.writeString(doc, filled, StandardCharsets.UTF_8);
                }
                text = filled;
            }
            Matcher m = QUOTE.matcher(text);
            while (m.find()) {
                String file = m.group(1);
                String quoted = m.group(3);
                tests.add(DynamicTest.dynamicTest(root.relativize(doc) + " quotes " + file,
                        () -> assertEquals(golden(root, file), quoted,
                                "the quote of " + file + " is stale: run tests/regen-goldens.sh")));
            }
        }
        assertFalse(tests.isEmpty(), "no <!-- golden: FILE --> quote in the repository's Markdown files");
        return tests.stream();
    }

    @Test
    void aStaleQuoteIsRefilledFromItsFile() throws IOException {
        Path root = Files.createTempDirectory("doc-golden");
        Files.writeString(root.resolve("dump.golden"), "Ldar a1\nReturn\n", StandardCharsets.UTF_8);
        String doc = "Before.\n<!-- golden: dump.golden -->\n```text\nLdar a0\n```\n<!-- end -->\nAfter.\n";
        assertEquals("Before.\n<!-- golden: dump.golden -->\n```text\nLdar a1\nReturn\n```\n<!-- end -->\nAfter.\n",
                fill(doc, root));
    }

    /** `text` with every quote replaced by its file's current text. */
    static String fill(String text, Path root) throws IOException {
        Matcher m = QUOTE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(
                    "<!-- golden: " + m.group(1) + " -->\n" + m.group(2) + golden(root, m.group(1)) + m.group(4)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String golden(Path root, String file) throws IOException {
        Path path = root.resolve(file);
        assertTrue(Files.isRegularFile(path), "quoted file " + file + " does not exist");
        String text = Files.readString(path, StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text : text + "\n";
    }

    private static List<Path> markdownFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !root.relativize(p).toString().matches("(.*/)?(target|node_modules|\\.git)/.*"))
                    .sorted()
                    .toList();
        }
    }
}
