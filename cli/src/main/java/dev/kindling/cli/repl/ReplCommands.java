/*
 * The REPL's dot commands, one table (Command): node's .break/.clear/.editor/.exit/.help, and
 * Kindling's teaching commands, which show what the engine made of a value — .bytecode f (its
 * bytecode, as --print-bytecode), .feedback f (its feedback vector, as --print-feedback),
 * .shapes o (its shape and the transitions that led to it, as %DebugPrint shows it).
 *
 * Assumes: a command line is one line starting with `.`, read while no input is pending.
 * Guarantees: .help lists exactly the table; an unknown keyword gets node's answer.
 */
package dev.kindling.cli.repl;

import dev.kindling.api.ReplSession;

import java.io.PrintWriter;

final class ReplCommands {
    /** What the loop does after a command. */
    enum Next { READ, EDITOR, EXIT }

    /** Every dot command: its name, its argument (if any), its help line, in .help's order. */
    enum Command {
        BREAK("break", "", "Sometimes you get stuck, this gets you out"),
        BYTECODE("bytecode", "f", "Print a function's bytecode (as --print-bytecode)"),
        CLEAR("clear", "", "Alias for .break"),
        EDITOR("editor", "", "Enter editor mode"),
        EXIT("exit", "", "Exit the REPL"),
        FEEDBACK("feedback", "f", "Print a function's feedback vector (as --print-feedback)"),
        HELP("help", "", "Print this help message"),
        SHAPES("shapes", "o", "Print an object's shape and its transitions from the root (as %DebugPrint)");

        final String keyword;
        final String argument;
        final String help;

        Command(String keyword, String argument, String help) {
            this.keyword = keyword;
            this.argument = argument;
            this.help = help;
        }

        static Command named(String keyword) {
            for (Command c : values()) {
                if (c.keyword.equals(keyword)) {
                    return c;
                }
            }
            return null;
        }
    }

    private final ReplSession session;
    private final PrintWriter out;
    private final String version;

    ReplCommands(ReplSession session, PrintWriter out, String version) {
        this.session = session;
        this.out = out;
        this.version = version;
    }

    /** node's greeting, with Kindling's name. */
    String banner() {
        return "Welcome to " + version + ".\nType \".help\" for more information.";
    }

    /** Runs the command line `.keyword rest`; says what the loop does next. */
    Next run(String line) {
        int space = line.indexOf(' ');
        String keyword = (space < 0 ? line : line.substring(0, space)).substring(1);
        String rest = space < 0 ? "" : line.substring(space + 1).strip();
        Command command = Command.named(keyword);
        if (command == null) {
            out.println("Invalid REPL keyword");
            return Next.READ;
        }
        switch (command) {
            case BREAK, CLEAR -> { }
            case EXIT -> {
                return Next.EXIT;
            }
            case EDITOR -> {
                return Next.EDITOR;
            }
            case HELP -> out.print(help());
            case BYTECODE -> print(session.bytecode(rest));
            case FEEDBACK -> print(session.feedback(rest));
            case SHAPES -> print(session.shapes(rest));
        }
        return Next.READ;
    }

    private void print(ReplSession.Outcome outcome) {
        out.println(outcome.text());
    }

    /** .help: the table, names padded as node pads them, then node's closing line. */
    static String help() {
        int width = 0;
        for (Command c : Command.values()) {
            width = Math.max(width, label(c).length());
        }
        StringBuilder sb = new StringBuilder();
        for (Command c : Command.values()) {
            sb.append(label(c)).append(" ".repeat(width - label(c).length() + 3)).append(c.help).append('\n');
        }
        sb.append("\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n");
        return sb.toString();
    }

    private static String label(Command c) {
        return "." + c.keyword + (c.argument.isEmpty() ? "" : " " + c.argument);
    }
}
