/*
 * The REPL's line editing, as a user at a real terminal meets it: the sessions here run on
 * JLine's ExternalTerminal of type xterm (the terminal JLine drives with escape sequences, as
 * it drives a pseudo-terminal), not on the dumb terminal ReplSessionTest uses, so the keys are
 * the bytes an xterm sends — arrows, Home, Ctrl+A / Ctrl+E / Ctrl+K / Ctrl+U / Ctrl+W, Backspace —
 * and JLine's editor, not a cooked-mode line discipline, turns them into the line that is
 * evaluated. What is checked is what the REPL evaluated and printed: the screen also holds
 * JLine's redraw sequences, which vary with its version, so each test reads the lines the
 * session printed after stripping them.
 */
package dev.kindling.cli.repl;

import dev.kindling.api.Kindling;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ReplLineEditingTest {
    // An xterm in keypad-transmit mode (JLine switches it on) sends these for the arrows and Home.
    private static final String UP = "\u001bOA";
    private static final String DOWN = "\u001bOB";
    private static final String LEFT = "\u001bOD";
    private static final String RIGHT = "\u001bOC";
    private static final String HOME = "\u001bOH";
    private static final String CTRL_A = "\u0001";
    private static final String CTRL_E = "\u0005";
    private static final String CTRL_K = "\u000b";
    private static final String CTRL_U = "\u0015";
    private static final String CTRL_W = "\u0017";
    private static final String BACKSPACE = "\u007f";

    @Test
    void theUpArrowRecallsEarlierLinesAndTheDownArrowComesBack() {
        List<String> results = session("40 + 2\r" + "'second'\r" + UP + UP + "\r" + UP + DOWN + "\r");
        // The last line is an empty one (up then down again): the REPL prints nothing for it.
        assertEquals(List.of("42", "'second'", "42"), results);
    }

    @Test
    void cursorMovementInsertsWhereTheCursorIs() {
        // "1 + 3", two left (before the 3), type "2", then home and type "10 * ": 10 * 1 + 23
        List<String> results = session("1 + 3" + LEFT + "2" + HOME + "10 * " + "\r"
                + "[1, 2]" + CTRL_A + "Math.max(..." + CTRL_E + ")\r");
        assertEquals(List.of("33", "2"), results);
    }

    @Test
    void killAndEraseKeysEditTheLine() {
        List<String> results = session("1 + 1 + 100" + LEFT + LEFT + LEFT + CTRL_K + BACKSPACE + BACKSPACE + "\r"
                + "'gone'" + CTRL_U + "'kept'\r"
                + "[1, 2, 3].length + extra" + CTRL_W + "1\r"
                + "7" + LEFT + RIGHT + "0\r");
        assertEquals(List.of("2", "'kept'", "4", "70"), results);
    }

    @Test
    void anIncompleteStatementContinuesOnTheNextLine() {
        List<String> results = session("function f(x) {\r  return x * 3;\r}\rf(" + "14" + ")\r");
        assertEquals(List.of("undefined", "42"), results);
    }

    /**
     * Types `keys` then `.exit` into a REPL on an xterm terminal; returns the result lines the
     * session printed, prompts and JLine's redraw sequences stripped.
     */
    private static List<String> session(String keys) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            ByteArrayOutputStream screen = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
            byte[] typed = (keys + ".exit\r").getBytes(StandardCharsets.UTF_8);
            java.io.PipedOutputStream keyboard = new java.io.PipedOutputStream();
            java.io.PipedInputStream typing = new java.io.PipedInputStream(keyboard, typed.length + 1);
            try (ExternalTerminal terminal = new ExternalTerminal("kindling", "xterm", typing, out,
                    StandardCharsets.UTF_8)) {
                terminal.setSize(new org.jline.terminal.Size(200, 50));
                // Keys are typed only once the terminal is up: the line editor echoes what it
                // draws, so the terminal's own cooked-mode echo would show every key twice.
                org.jline.terminal.Attributes raw = terminal.getAttributes();
                raw.setLocalFlag(org.jline.terminal.Attributes.LocalFlag.ECHO, false);
                terminal.setAttributes(raw);
                keyboard.write(typed);
                keyboard.close();
                Kindling engine = Kindling.builder().out(out).err(out).build();
                Repl repl = new Repl(engine.replSession(), terminal, Map.of("KINDLING_REPL_HISTORY", ""), "Kindling");
                repl.run();
                repl.close();
            }
            return results(screen.toString(StandardCharsets.UTF_8));
        });
    }

    /** The printed lines that are no prompt line: what the evaluated lines printed. */
    private static List<String> results(String screen) {
        String plain = screen.replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "").replaceAll("\u001b[=>]", "")
                .replace("\u0007", "");
        return plain.lines().map(l -> l.replace("\r", ""))
                .filter(l -> !l.isEmpty() && !l.startsWith(Repl.PROMPT.strip()) && !l.startsWith("...")
                        && !l.startsWith("Welcome") && !l.startsWith("Type \""))
                .toList();
    }
}
