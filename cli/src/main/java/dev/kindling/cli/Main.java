/*
 * The `kindling` command: `kindling [flags] file.js [args...]` runs a program as `node
 * file.js` would — same stdout, same exit code, errors in node's layout; `kindling - [args...]`
 * or `kindling` with stdin not a terminal runs the program read from stdin, as node does (named
 * [stdin]). With no file and stdin a terminal, it starts the REPL (dev.kindling.cli.repl), as
 * node does.
 *
 * The flags come from the one table (dev.kindling.flags.Flag): FlagOptions makes picocli's
 * options and --help sections from it, and the matched flags become the API's Options.
 * run() is the one entry point of the command line: the launcher script and the end-to-end
 * tests go through it, in-process, and it runs the program through the embedding API
 * (dev.kindling.api.Kindling). The program runs on a thread with a large stack so deep JS
 * recursion reaches node's depth; a JVM stack trace never reaches the user.
 */
package dev.kindling.cli;

import dev.kindling.api.JsException;
import dev.kindling.api.Kindling;
import dev.kindling.api.Options;
import dev.kindling.cli.repl.Repl;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

public final class Main {
    /** Exit code of a program that ended by an uncaught exception or a syntax error (node's). */
    static final int EXIT_UNCAUGHT = 1;
    /** Exit code for a bad command line (node uses 9 for a bad option). */
    static final int EXIT_BAD_OPTION = 9;
    /** Exit code for an internal engine failure (EX_SOFTWARE). */
    static final int EXIT_INTERNAL = 70;
    /** Stack for the thread that runs JS: enough for the default --max-call-depth frames. */
    private static final long STACK_BYTES = 1L << 30;
    /** The file argument that names stdin, as node's. */
    private static final String STDIN = "-";

    private final Options options;
    private final String file;
    private final List<String> programArgs;

    private Main(Options options, String file, List<String> programArgs) {
        this.options = options;
        this.file = file;
        this.programArgs = programArgs;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        // The launcher knows (test -t 0); without it, a console means a terminal on both ends.
        String terminal = System.getProperty("kindling.stdinIsTerminal");
        boolean stdinIsTerminal = terminal != null ? Boolean.parseBoolean(terminal) : System.console() != null;
        int code = run(args, System.in, stdinIsTerminal, out, err, Main::systemTerminal);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command line `args` with the given streams and a terminal as stdin; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, InputStream.nullInputStream(), true, out, err);
    }

    /**
     * Runs the command line `args` with the given streams; returns the exit code. `stdin` is
     * the program's when the file is `-`, or when none is given and stdin is not a terminal.
     */
    public static int run(String[] args, InputStream stdin, boolean stdinIsTerminal, PrintStream out, PrintStream err) {
        return run(args, stdin, stdinIsTerminal, out, err, () -> streamTerminal(stdin, out));
    }

    /** As run(...), the REPL's terminal made by `terminal` (the process's own, or one over the given streams). */
    private static int run(String[] args, InputStream stdin, boolean stdinIsTerminal, PrintStream out, PrintStream err,
                           TerminalFactory terminal) {
        CommandLine cli = commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        Main main;
        try {
            CommandLine.ParseResult parsed = cli.parseArgs(FlagOptions.v8Spelling(args));
            if (parsed.isUsageHelpRequested()) {
                cli.usage(out);
                return 0;
            }
            if (parsed.isVersionHelpRequested()) {
                cli.printVersionHelp(out);
                return 0;
            }
            main = of(parsed);
        } catch (CommandLine.ParameterException e) {
            err.println("kindling: " + FlagOptions.refusal(args, e));
            return EXIT_BAD_OPTION;
        } catch (IllegalArgumentException e) { // a value the table refuses (Flags: "bad option: ...")
            err.println("kindling: " + e.getMessage());
            return EXIT_BAD_OPTION;
        }
        boolean repl = main.file == null && stdinIsTerminal;
        AtomicInteger exit = new AtomicInteger(EXIT_INTERNAL);
        Runnable body = repl ? () -> exit.set(main.repl(terminal, err)) : () -> exit.set(main.execute(stdin, out, err));
        Thread thread = new Thread(null, body, "kindling-main", STACK_BYTES);
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
        return of(commandLine().parseArgs(FlagOptions.v8Spelling(flags.toArray(new String[0])))).options;
    }

    /** The `kindling` command: the table's flags, -h/--help, -V/--version, FILE and ARGS. */
    static CommandLine commandLine() {
        CommandSpec spec = CommandSpec.create().name("kindling").version("Kindling 0.1.0")
                .mixinStandardHelpOptions(true);
        spec.usageMessage()
                .customSynopsis("kindling [options] [FILE | -] [ARGS...]")
                .description("Runs a JavaScript program as node does; with FILE `-`, or none and stdin not a"
                        + " terminal, the program is read from stdin.")
                .optionListHeading("%nOther options:%n");
        spec.addPositional(PositionalParamSpec.builder().index("0").arity("0..1").paramLabel("FILE")
                .type(String.class).description("The program to run (- for stdin).").build());
        spec.addPositional(PositionalParamSpec.builder().index("1..*").arity("0..*").paramLabel("ARGS")
                .type(List.class).auxiliaryTypes(String.class)
                .description("Arguments for the program (process.argv).").build());
        FlagOptions.addTo(spec);
        CommandLine cli = new CommandLine(spec);
        cli.setStopAtPositional(true);
        cli.setOverwrittenOptionsAllowed(true); // as V8: a repeated flag, the last one wins
        return cli;
    }

    private static Main of(CommandLine.ParseResult parsed) {
        Options options = new Options(FlagOptions.flags(parsed));
        List<PositionalParamSpec> positionals = parsed.commandSpec().positionalParameters();
        String file = positionals.get(0).getValue();
        List<String> args = positionals.get(1).getValue();
        return new Main(options, file, args == null ? List.of() : List.copyOf(args));
    }

    private int execute(InputStream stdin, PrintStream out, PrintStream err) {
        boolean fromStdin = file == null || file.equals(STDIN);
        Path path = fromStdin ? null : Path.of(file).toAbsolutePath().normalize();
        if (path != null && !Files.isRegularFile(path)) {
            err.println("Error: Cannot find module '" + path + "'");
            return EXIT_UNCAUGHT;
        }
        List<String> argv = new ArrayList<>();
        argv.add(System.getProperty("kindling.launcher", "kindling"));
        if (!fromStdin) {
            argv.add(path.toString());
        } else if (file != null) {
            argv.add(STDIN); // node's process.argv[1] for `node - args...`
        }
        argv.addAll(programArgs);
        Kindling engine = Kindling.builder().options(options).out(out).err(err).argv(argv).build();
        try {
            return fromStdin ? engine.runStdin(new String(stdin.readAllBytes(), StandardCharsets.UTF_8))
                    : engine.runMain(path);
        } catch (JsException e) {
            out.flush();
            err.print(e.report());
            return EXIT_UNCAUGHT;
        } catch (IOException e) {
            err.println("Error: cannot read stdin: " + e.getMessage());
            return EXIT_UNCAUGHT;
        } catch (UncheckedIOException e) {
            err.println("Error: " + e.getCause().getMessage());
            return EXIT_UNCAUGHT;
        } catch (RuntimeException | StackOverflowError e) {
            return internalError(e, out, err);
        } finally {
            atExit(engine, err);
            out.flush();
        }
    }

    /** An engine failure: reported in one line (a Java stack only under -Dkindling.debug). */
    private static int internalError(Throwable e, PrintStream out, PrintStream err) {
        out.flush();
        err.println("Kindling internal error: " + e);
        if (Boolean.getBoolean("kindling.debug")) {
            e.printStackTrace(err);
        }
        return EXIT_INTERNAL;
    }

    /** Makes the REPL's terminal. */
    private interface TerminalFactory {
        Terminal make() throws IOException;
    }

    /** The process's terminal (JLine's system terminal: raw mode, signals, the window's size). */
    private static Terminal systemTerminal() throws IOException {
        return TerminalBuilder.builder().system(true).name("kindling").build();
    }

    /** A terminal over given streams (the tests'): JLine's dumb terminal, with Ctrl+C and Ctrl+D. */
    public static Terminal streamTerminal(InputStream in, PrintStream out) throws IOException {
        // Made directly: the builder would open a pseudo-terminal over the streams, whose pump
        // reads the whole input ahead.
        // It echoes what it reads and turns Ctrl+C into SIGINT, as a terminal in cooked mode
        // does, so a session's output reads as it would on a screen.
        DumbTerminal terminal = new DumbTerminal("kindling", Terminal.TYPE_DUMB, in, out, StandardCharsets.UTF_8);
        Attributes attributes = terminal.getAttributes();
        attributes.setLocalFlag(Attributes.LocalFlag.ECHO, true);
        attributes.setLocalFlag(Attributes.LocalFlag.ISIG, true);
        attributes.setControlChar(Attributes.ControlChar.VINTR, 3);
        attributes.setControlChar(Attributes.ControlChar.VEOF, 4);
        terminal.setAttributes(attributes);
        return terminal;
    }

    /** The REPL on `terminal`: console output to the terminal, console.error to `err`. */
    private int repl(TerminalFactory factory, PrintStream err) {
        Terminal terminal;
        try {
            terminal = factory.make();
        } catch (IOException e) {
            err.println("kindling: cannot open the terminal for the REPL: " + e.getMessage());
            return EXIT_INTERNAL;
        }
        PrintStream console = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
        List<String> argv = List.of(System.getProperty("kindling.launcher", "kindling"));
        Kindling engine = Kindling.builder().options(options).out(console).err(err).argv(argv).build();
        Repl repl = new Repl(engine.replSession(), terminal, System.getenv(), commandLine().getCommandSpec().version()[0]);
        try {
            return repl.run();
        } catch (RuntimeException | StackOverflowError e) {
            return internalError(e, console, err);
        } finally {
            repl.close();
            atExit(engine, err);
            console.flush();
            try {
                terminal.close();
            } catch (IOException e) {
                err.println("kindling: cannot close the terminal: " + e.getMessage());
            }
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
