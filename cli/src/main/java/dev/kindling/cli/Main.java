/*
 * The `kindling` command: `kindling [flags] file.js [args...]` runs a program as `node
 * file.js` would — same stdout, same exit code, errors in node's layout. Flags take V8/node's
 * names (--print-bytecode, --print-bytecode-filter=NAME, --allow-natives-syntax, --no-opt);
 * Kindling's own watching flags are --print-feedback and --dump-shapes=FILE.dot.
 *
 * run() is the one entry point: the launcher script, the end-to-end tests and (later) the
 * embedding API all go through it, in-process. The program runs on a thread with a large
 * stack so deep JS recursion reaches node's depth; a JVM stack trace never reaches the user.
 */
package dev.kindling.cli;

import dev.kindling.bytecode.Script;
import dev.kindling.frontend.JsSyntaxError;
import dev.kindling.interpreter.Engine;
import dev.kindling.interpreter.HostObjects;
import dev.kindling.interpreter.ProcessExit;
import dev.kindling.runtime.JSException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

@Command(name = "kindling", mixinStandardHelpOptions = true, version = "Kindling 0.1.0",
        description = "Runs a JavaScript program as node does.",
        sortOptions = false)
public final class Main {
    /** Exit code of a program that ended by an uncaught exception or a syntax error (node's). */
    static final int EXIT_UNCAUGHT = 1;
    /** Exit code for a bad command line (node uses 9 for a bad option). */
    static final int EXIT_BAD_OPTION = 9;
    /** Exit code for an internal engine failure (EX_SOFTWARE). */
    static final int EXIT_INTERNAL = 70;
    /** Stack for the thread that runs JS: enough for Engine.Options.DEFAULT_MAX_CALL_DEPTH frames. */
    private static final long STACK_BYTES = 1L << 30;

    @Option(names = "--print-bytecode", description = "Print each function's bytecode when it is first compiled.")
    boolean printBytecode;

    @Option(names = "--print-bytecode-filter", paramLabel = "NAME",
            description = "Only print the bytecode of functions named NAME (* for all).")
    String printBytecodeFilter;

    @Option(names = "--allow-natives-syntax", description = "Allow %%Name(...) runtime calls (V8's natives syntax).")
    boolean allowNativesSyntax;

    @Option(names = "--no-opt", description = "Interpreter only: never run optimized code.")
    boolean noOpt;

    @Option(names = "--no-use-ic", description = "Disable inline caches: every property access does a full lookup.")
    boolean noUseIc;

    @Option(names = "--trace-ic", description = "Print one line per inline-cache state change.")
    boolean traceIc;

    @Option(names = "--print-feedback",
            description = "At exit, print every function's feedback vector: IC states, shapes, hints, call targets.")
    boolean printFeedback;

    @Option(names = "--dump-shapes", paramLabel = "FILE.dot",
            description = "At exit, write the shape transition trees to FILE.dot (Graphviz).")
    String dumpShapes;

    @Option(names = "--stack-size", paramLabel = "FRAMES", hidden = true,
            description = "Maximum JS call depth (default ${DEFAULT-VALUE}).")
    int maxCallDepth = Engine.Options.DEFAULT_MAX_CALL_DEPTH;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The program to run.")
    String file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the program (process.argv).")
    List<String> programArgs = new ArrayList<>();

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command line `args` with the given streams; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        cli.setStopAtPositional(true);
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        try {
            CommandLine.ParseResult parsed = cli.parseArgs(args);
            if (parsed.isUsageHelpRequested()) {
                cli.usage(out);
                return 0;
            }
            if (parsed.isVersionHelpRequested()) {
                cli.printVersionHelp(out);
                return 0;
            }
        } catch (CommandLine.ParameterException e) {
            err.println("kindling: " + e.getMessage());
            return EXIT_BAD_OPTION;
        }
        if (main.file == null) {
            err.println("kindling: no program given (the REPL comes later); usage: kindling [options] file.js [args...]");
            return EXIT_BAD_OPTION;
        }
        AtomicInteger exit = new AtomicInteger(EXIT_INTERNAL);
        Thread thread = new Thread(null, () -> exit.set(main.execute(out, err)), "kindling-main", STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.flush();
        return exit.get();
    }

    private int execute(PrintStream out, PrintStream err) {
        Path path = Path.of(file).toAbsolutePath().normalize();
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("Error: Cannot find module '" + path + "'");
            return EXIT_UNCAUGHT;
        } catch (IOException e) {
            err.println("Error: " + e.getMessage());
            return EXIT_UNCAUGHT;
        }
        List<String> argv = new ArrayList<>();
        argv.add(System.getProperty("kindling.launcher", "kindling"));
        argv.add(path.toString());
        argv.addAll(programArgs);
        Engine engine = new Engine(new Engine.Options(printBytecode, printBytecodeFilter, allowNativesSyntax,
                maxCallDepth, !noUseIc, traceIc, printFeedback, dumpShapes), out, err, argv);
        try {
            Script script = engine.compile(text, path.toString());
            engine.runMainModule(script, path);
            return HostObjects.exitCode(engine.process());
        } catch (ProcessExit e) {
            return e.code();
        } catch (JsSyntaxError e) {
            out.flush();
            err.print(formatSyntaxError(e));
            return EXIT_UNCAUGHT;
        } catch (JSException e) {
            out.flush();
            err.print(engine.formatUncaught(e));
            return EXIT_UNCAUGHT;
        } catch (RuntimeException | StackOverflowError e) {
            out.flush();
            err.println("Kindling internal error: " + e);
            if (Boolean.getBoolean("kindling.debug")) {
                e.printStackTrace(err);
            }
            return EXIT_INTERNAL;
        } finally {
            atExit(engine, err);
            out.flush();
        }
    }

    /** The at-exit reports (--print-feedback, --dump-shapes); a failure to write one is reported, not fatal. */
    private static void atExit(Engine engine, PrintStream err) {
        try {
            engine.atExit();
        } catch (IOException e) {
            err.println("kindling: cannot write --dump-shapes file: " + e.getMessage());
        }
    }

    /** node's layout: file:line, the line, a caret under the column, a blank line, the message. */
    static String formatSyntaxError(JsSyntaxError e) {
        // At the end of input node shows the empty line past the last one, with no caret.
        String caret = e.sourceLine().isEmpty() ? "" : " ".repeat(Math.max(0, e.column() - 1)) + "^".repeat(e.length());
        return e.file() + ":" + e.line() + "\n"
                + e.sourceLine() + "\n"
                + caret + "\n"
                + "\n"
                + "SyntaxError: " + e.getMessage() + "\n";
    }
}
