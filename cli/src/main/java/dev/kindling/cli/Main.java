/*
 * The `kindling` command: `kindling [flags] file.js [args...]` runs a program as `node
 * file.js` would — same stdout, same exit code, errors in node's layout. Flags take V8/node's
 * names (--print-bytecode, --print-bytecode-filter=NAME, --allow-natives-syntax, --no-opt);
 * Kindling's own watching flags are --print-feedback and --dump-shapes=FILE.dot.
 *
 * run() is the one entry point of the command line: the launcher script and the end-to-end
 * tests go through it, in-process, and it runs the program through the embedding API
 * (dev.kindling.api.Kindling); picocli maps each flag onto an Options.Builder method, so the
 * API's Options is the one options type. The program runs on a thread with a large stack so
 * deep JS recursion reaches node's depth; a JVM stack trace never reaches the user.
 */
package dev.kindling.cli;

import dev.kindling.api.JsException;
import dev.kindling.api.Kindling;
import dev.kindling.api.Options;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    /** Stack for the thread that runs JS: enough for Options.DEFAULT_MAX_CALL_DEPTH frames. */
    private static final long STACK_BYTES = 1L << 30;

    /** The flags, mapped onto the API's options as picocli parses them (one setter per flag). */
    private final Options.Builder options = Options.builder();

    @Option(names = "--print-bytecode", order = 1, description = "Print each function's bytecode when it is first compiled.")
    void printBytecode(boolean on) {
        options.printBytecode(on);
    }

    @Option(names = "--print-bytecode-filter", order = 2, paramLabel = "NAME",
            description = "Only print the bytecode of functions named NAME (* for all).")
    void printBytecodeFilter(String name) {
        options.printBytecodeFilter(name);
    }

    @Option(names = "--allow-natives-syntax", order = 3, description = "Allow %%Name(...) runtime calls (V8's natives syntax).")
    void allowNativesSyntax(boolean on) {
        options.allowNativesSyntax(on);
    }

    @Option(names = "--no-opt", order = 4, description = "Interpreter only: never run optimized code.")
    void noOpt(boolean on) {
        options.opt(!on);
    }

    @Option(names = "--no-use-ic", order = 5, description = "Disable inline caches: every property access does a full lookup.")
    void noUseIc(boolean on) {
        options.useIc(!on);
    }

    @Option(names = "--trace-ic", order = 6, description = "Print one line per inline-cache state change.")
    void traceIc(boolean on) {
        options.traceIc(on);
    }

    @Option(names = "--print-feedback", order = 7,
            description = "At exit, print every function's feedback vector: IC states, shapes, hints, call targets.")
    void printFeedback(boolean on) {
        options.printFeedback(on);
    }

    @Option(names = "--dump-shapes", order = 8, paramLabel = "FILE.dot",
            description = "At exit, write the shape transition trees to FILE.dot (Graphviz).")
    void dumpShapes(String dotFile) {
        options.dumpShapes(dotFile);
    }

    @Option(names = "--stack-size", order = 9, paramLabel = "FRAMES", hidden = true,
            defaultValue = "" + Options.DEFAULT_MAX_CALL_DEPTH,
            description = "Maximum JS call depth (default ${DEFAULT-VALUE}).")
    void maxCallDepth(int frames) {
        options.maxCallDepth(frames);
    }

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

    /**
     * Parses command-line flags into the API's options, as `kindling FLAGS file.js` would (for
     * the benchmarks and tests that name an execution mode by its flags).
     */
    public static Options parseOptions(List<String> flags) {
        Main main = new Main();
        new CommandLine(main).parseArgs(flags.toArray(new String[0]));
        return main.options.build();
    }

    private int execute(PrintStream out, PrintStream err) {
        Path path = Path.of(file).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            err.println("Error: Cannot find module '" + path + "'");
            return EXIT_UNCAUGHT;
        }
        List<String> argv = new ArrayList<>();
        argv.add(System.getProperty("kindling.launcher", "kindling"));
        argv.add(path.toString());
        argv.addAll(programArgs);
        Kindling engine = Kindling.builder().options(options.build()).out(out).err(err).argv(argv).build();
        try {
            return engine.runMain(path);
        } catch (JsException e) {
            out.flush();
            err.print(e.report());
            return EXIT_UNCAUGHT;
        } catch (UncheckedIOException e) {
            err.println("Error: " + e.getCause().getMessage());
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
    private static void atExit(Kindling engine, PrintStream err) {
        try {
            engine.close();
        } catch (UncheckedIOException e) {
            err.println("kindling: cannot write --dump-shapes file: " + e.getCause().getMessage());
        }
    }
}
