/*
 * The REPL: what `kindling` with no file at a terminal starts, as node's (lib/repl.js). JLine
 * reads lines (editing, history in ~/.kindling_repl_history or $KINDLING_REPL_HISTORY, empty
 * for none — node's ~/.node_repl_history and NODE_REPL_HISTORY); each complete input is
 * evaluated by the API's ReplSession and its result printed. An input the parser finds cut
 * short at its end (a SyntaxError at end of input, node's "recoverable" error) asks for another
 * line with the `... ` prompt. Ctrl+C clears the line, twice on an empty line exits; Ctrl+D
 * exits; the dot commands are ReplCommands'.
 *
 * It runs on the event loop: JLine reads each line on a thread of its own while the JS thread
 * runs the loop's iterations (read()), so a timer set at the prompt fires while it waits;
 * after each input its nextTicks and microtasks are drained, as after a callback.
 *
 * Assumes: it runs on the thread that runs JS (the command line's large-stack thread).
 * Guarantees: the exit code is the session's process.exitCode (or process.exit's code).
 */
package dev.kindling.cli.repl;

import dev.kindling.api.ProcessExitException;
import dev.kindling.api.ReplSession;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public final class Repl {
    /** node's prompts. */
    static final String PROMPT = "> ";
    static final String CONTINUATION = "... ";
    /** node's --history-size default. */
    private static final int HISTORY_SIZE = 1000;
    static final String SECOND_INTERRUPT_HINT = "(To exit, press Ctrl+C again or Ctrl+D or type .exit)";

    private final ReplSession session;
    private final LineReader reader;
    private final PrintWriter out;
    private final ReplCommands commands;
    /** The thread JLine reads lines on (a daemon: a pending read never holds the process). */
    private final ExecutorService lineReader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "kindling-repl-reader");
        thread.setDaemon(true);
        return thread;
    });
    /** How long one poll phase waits while the REPL waits for a line, at most. */
    private static final long LOOP_SLICE_MILLIS = 10;

    /** A REPL reading from `terminal`, its history file as `env` says (see historyFile). */
    public Repl(ReplSession session, Terminal terminal, Map<String, String> env, String version) {
        this.session = session;
        this.out = terminal.writer();
        DefaultParser parser = new DefaultParser(); // lines only: JS, not shell words
        parser.setEscapeChars(new char[0]);
        parser.setQuoteChars(new char[0]);
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).parser(parser)
                .variable(LineReader.HISTORY_SIZE, HISTORY_SIZE)
                .variable(LineReader.HISTORY_FILE_SIZE, HISTORY_SIZE)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // `!x` is JS, not history
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true);
        Path history = historyFile(env);
        if (history != null) {
            builder.variable(LineReader.HISTORY_FILE, history);
        }
        this.reader = builder.build();
        this.commands = new ReplCommands(session, out, version);
    }

    /**
     * The history file: $KINDLING_REPL_HISTORY when set (empty: no history, as node's
     * NODE_REPL_HISTORY=''), else ~/.kindling_repl_history.
     */
    static Path historyFile(Map<String, String> env) {
        String named = env.get("KINDLING_REPL_HISTORY");
        if (named != null) {
            return named.isBlank() ? null : Path.of(named);
        }
        String home = System.getProperty("user.home");
        return home == null ? null : Path.of(home, ".kindling_repl_history");
    }

    /** Runs the read-eval-print loop until .exit, Ctrl+D or process.exit; returns the exit code. */
    public int run() {
        out.println(commands.banner());
        out.flush();
        StringBuilder pending = new StringBuilder(); // the lines of an input not yet complete
        boolean interruptedOnce = false;
        try {
            while (true) {
                String line;
                try {
                    line = read(pending.isEmpty() ? PROMPT : CONTINUATION);
                } catch (UserInterruptException e) {
                    boolean empty = pending.isEmpty() && e.getPartialLine().isEmpty();
                    pending.setLength(0);
                    if (empty && interruptedOnce) {
                        break;
                    }
                    if (empty) {
                        out.println(SECOND_INTERRUPT_HINT);
                    }
                    interruptedOnce = empty;
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                interruptedOnce = false;
                if (pending.isEmpty() && line.strip().startsWith(".")) {
                    ReplCommands.Next next = commands.run(line.strip());
                    if (next == ReplCommands.Next.EXIT) {
                        break;
                    }
                    if (next == ReplCommands.Next.EDITOR) {
                        editor();
                    }
                    out.flush();
                    continue;
                }
                pending.append(line).append('\n');
                String input = pending.toString();
                if (input.isBlank()) {
                    pending.setLength(0);
                    continue;
                }
                if (session.needsMoreInput(input)) {
                    continue;
                }
                pending.setLength(0);
                print(session.evaluate(input));
            }
        } catch (ProcessExitException e) {
            out.flush();
            return e.code();
        }
        out.flush();
        return session.exitCode();
    }

    /** Writes the history file (JLine also appends each line as it is read). */
    public void close() {
        lineReader.shutdownNow();
        try {
            reader.getHistory().save();
        } catch (java.io.IOException e) {
            out.println("kindling: cannot write the REPL history: " + e.getMessage());
            out.flush();
        }
    }

    /**
     * The next line, read by JLine on the reader thread while this thread, the JS thread, runs
     * the event loop (timers set at the prompt fire meanwhile, their output and uncaught
     * errors printed as they happen); Ctrl+C and Ctrl+D arrive as JLine's exceptions.
     */
    private String read(String prompt) {
        report(session.drainQueues()); // before the prompt: the input's promise jobs print first
        Future<String> line = lineReader.submit(() -> reader.readLine(prompt));
        awaitPrompt(line);
        report(session.runLoop(line::isDone, LOOP_SLICE_MILLIS));
        try {
            return line.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // UserInterruptException, EndOfFileException
            }
            throw new IllegalStateException("the REPL's line reader failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EndOfFileException();
        }
    }

    /**
     * Waits until the reader thread has drawn the prompt, so that what a callback prints while
     * the REPL waits comes after the prompt, as in node ("> fired"), however the two threads are
     * scheduled. JLine sets its reading flag and draws the prompt under its lock, and
     * isReading() takes that lock: once it answers true, the prompt is on the terminal.
     */
    private void awaitPrompt(Future<String> line) {
        while (!line.isDone() && !reader.isReading()) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void report(String uncaught) {
        if (!uncaught.isEmpty()) {
            out.print(uncaught);
            out.flush();
        }
    }

    /**
     * node's .editor: lines without a prompt until Ctrl+D, then evaluated as one input;
     * Ctrl+C abandons them.
     */
    private void editor() {
        out.println("// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)");
        out.flush();
        StringBuilder text = new StringBuilder();
        while (true) {
            try {
                text.append(reader.readLine("")).append('\n');
            } catch (UserInterruptException e) {
                out.println();
                return;
            } catch (EndOfFileException e) {
                break;
            }
        }
        if (!text.toString().isBlank()) {
            print(session.evaluate(text.toString()));
        }
    }

    private void print(ReplSession.Outcome outcome) {
        out.println(outcome.text());
        out.flush();
    }
}
