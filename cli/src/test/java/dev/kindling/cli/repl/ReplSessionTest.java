/*
 * The REPL as a user meets it, as a specification: each tests/repl/NAME.in is what is typed
 * (Ctrl+C is byte 3, Ctrl+D byte 4), NAME.out the whole screen it leaves — prompts, results,
 * errors — and NAME.exit the exit code when it is not 0. Sessions run through the command
 * line's own entry (no file, stdin a terminal) on JLine's dumb terminal over piped streams,
 * so line reading, the continuation prompt, Ctrl+C and Ctrl+D go through JLine as at a
 * terminal. The transcripts match what `node -i` prints for the same lines, but for the
 * banner and Kindling's own commands (whose shape ids read Shape#<id>). -Dkindling.regenRepl=true rewrites the .out files.
 */
package dev.kindling.cli.repl;

import dev.kindling.api.Kindling;
import dev.kindling.cli.Main;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ReplSessionTest {
    private static final Path SESSIONS = Path.of(System.getProperty("kindling.root", "..")).resolve("tests/repl");

    @TestFactory
    Stream<DynamicTest> sessions() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(SESSIONS)) {
            inputs = files.filter(p -> p.toString().endsWith(".in")).sorted().toList();
        }
        return inputs.stream().map(in -> DynamicTest.dynamicTest(in.getFileName().toString(), () -> {
            String name = in.getFileName().toString().replaceFirst("\\.in$", "");
            String expected = Files.readString(SESSIONS.resolve(name + ".out"), StandardCharsets.UTF_8);
            Path exitFile = SESSIONS.resolve(name + ".exit");
            int expectedExit = Files.exists(exitFile) ? Integer.parseInt(Files.readString(exitFile).strip()) : 0;
            Session session = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(Files.readAllBytes(in)));
            if (Boolean.getBoolean("kindling.regenRepl")) { // after checking each against node -i
                Files.writeString(SESSIONS.resolve(name + ".out"), session.screen(), StandardCharsets.UTF_8);
                expected = session.screen();
            }
            assertEquals(expected, session.screen(), name);
            assertEquals(expectedExit, session.exit(), name + " exit code");
        }));
    }

    /** The user types a line, waits, then types the next: meanwhile the loop runs at the prompt. */
    @Test
    void aTimerSetAtThePromptFiresWhileItWaits() {
        byte[] first = ("void setTimeout(() => console.log('fired'), 20)\n"
                + "Promise.resolve(1).then(v => console.log('then', v)), 'sync'\n").getBytes(StandardCharsets.UTF_8);
        byte[] later = ".exit\n".getBytes(StandardCharsets.UTF_8);
        java.io.InputStream typing = new java.io.InputStream() {
            private int at;

            @Override
            public int read() {
                if (at == first.length) {
                    try {
                        Thread.sleep(500); // the user thinks; the timer is due meanwhile
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                int i = at++;
                return i < first.length ? first[i] & 0xff : i - first.length < later.length ? later[i - first.length] : -1;
            }
        };
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
        int exit = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Main.run(new String[0], typing, true, out, out));
        assertEquals("Welcome to Kindling 0.1.0.\nType \".help\" for more information.\n"
                + "> undefined\n> 'sync'\nthen 1\n> fired\n", screen.toString(StandardCharsets.UTF_8).replace("\r", ""));
        assertEquals(0, exit);
    }

    @Test
    void historyIsKeptInTheFileTheEnvironmentNames() throws IOException {
        Path history = Files.createTempFile("kindling-repl-history", "");
        try {
            runDirect("1 + 1\nlet y = 2\n.exit\n", Map.of("KINDLING_REPL_HISTORY", history.toString()));
            String kept = Files.readString(history, StandardCharsets.UTF_8);
            assertEquals(List.of("1 + 1", "let y = 2", ".exit"),
                    kept.lines().map(l -> l.replaceFirst("^\\d+:", "")).toList());
        } finally {
            Files.deleteIfExists(history);
        }
    }

    @Test
    void anEmptyHistoryVariableMeansNoHistory() {
        assertEquals(null, Repl.historyFile(Map.of("KINDLING_REPL_HISTORY", "")));
        assertEquals(Path.of("/tmp/h"), Repl.historyFile(Map.of("KINDLING_REPL_HISTORY", "/tmp/h")));
    }

    private record Session(String screen, int exit) {}

    /** One session through the command line: no file, stdin a terminal. */
    private static Session run(byte[] typed) {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
        int exit = Main.run(new String[0], new ByteArrayInputStream(typed), true, out, out);
        // Shape ids count every shape the realm made first: a new builtin shifts them.
        String text = screen.toString(StandardCharsets.UTF_8).replace("\r", "").replaceAll("Shape#\\d+", "Shape#<id>");
        return new Session(text, exit);
    }

    /** A session of the Repl class itself, with the given environment. */
    private static void runDirect(String typed, Map<String, String> env) throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
        var terminal = Main.streamTerminal(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), out);
        Kindling engine = Kindling.builder().out(out).err(out).build();
        Repl repl = new Repl(engine.replSession(), terminal, env, "Kindling");
        repl.run();
        repl.close();
    }
}
