/*
 * The command line's flags, made from the one flag table (dev.kindling.flags.Flag): one
 * picocli OptionSpec per table entry (a boolean is negatable, --x / --no-x as in V8; an int or
 * string takes --x=VALUE or --x VALUE), and `--help` in one section per Flag.Group. Nothing
 * here names a flag: a flag added to the table appears on the command line and in --help.
 *
 * Guarantees: flags() gives exactly the flags the command line matched, on the defaults, in the
 * order given (a repeated flag: the last wins, as in V8); V8's underscore spelling
 * (--print_bytecode) is accepted by v8Spelling() before picocli sees the arguments, which also
 * gives a bare flag of optional value its implicit one (--print-ir is --print-ir=text).
 */
package dev.kindling.cli;

import dev.kindling.flags.Flag;
import dev.kindling.flags.Flags;
import picocli.CommandLine;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.Column.Overflow;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.ArrayList;
import java.util.List;

final class FlagOptions {
    /** The width of --help, picocli's default. */
    private static final int WIDTH = 80;
    /** Room for "--[no-]allow-natives-syntax" and "--print-bytecode-filter=NAME". */
    private static final int LONG_NAME_WIDTH = 31;

    private FlagOptions() {
    }

    /** Adds an OptionSpec per table flag to `spec`, and a --help section per group. */
    static void addTo(CommandSpec spec) {
        List<String> sections = new ArrayList<>(spec.usageMessage().sectionKeys());
        int at = sections.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING);
        for (Flag.Group group : Flag.Group.values()) {
            List<OptionSpec> options = new ArrayList<>();
            for (Flag flag : Flag.values()) {
                if (flag.group() == group) {
                    options.add(option(flag));
                }
            }
            if (options.isEmpty()) {
                continue;
            }
            options.forEach(spec::addOption);
            String key = "flags-" + group.name();
            sections.add(at++, key);
            spec.usageMessage().sectionMap().put(key, help -> section(help, group.heading(), options));
        }
        spec.usageMessage().sectionKeys(sections);
    }

    private static OptionSpec option(Flag flag) {
        OptionSpec.Builder option = OptionSpec.builder(flag.option())
                .userObject(flag)
                .hidden(true) // listed in its group's section, not in picocli's one option list
                .description(description(flag));
        return switch (flag.type()) {
            case BOOL -> option.type(boolean.class).arity("0").negatable(true).build();
            case INT -> option.type(int.class).arity("1").paramLabel(flag.valueLabel()).build();
            // an optional value: --help shows --print-ir[=FORMAT]; a bare one never reaches picocli
            // (v8Spelling gives it its implicit value), which would take the program file for it
            case STRING -> flag.implicitValue() != null
                    ? option.type(String.class).arity("0..1").fallbackValue(flag.implicitValue())
                            .paramLabel(flag.valueLabel()).build()
                    : option.type(String.class).arity("1").paramLabel(flag.valueLabel()).build();
        };
    }

    private static String description(Flag flag) {
        Object value = flag.defaultValue();
        String shown = switch (flag.type()) {
            case BOOL -> (Boolean) value ? "on" : "off";
            case INT, STRING -> value == null ? "none" : value.toString();
        };
        // picocli formats descriptions: a literal % is written %%.
        return (flag.help() + " (default: " + shown + ")").replace("%", "%%");
    }

    private static String section(CommandLine.Help help, String heading, List<OptionSpec> options) {
        // picocli's default layout: short name, comma, long name (wide enough for the table's
        // longest, so a description starts on its flag's line), description.
        CommandLine.Help.TextTable table = CommandLine.Help.TextTable.forColumns(help.colorScheme(),
                new Column(2, 0, Overflow.TRUNCATE), new Column(2, 0, Overflow.SPAN),
                new Column(1, 0, Overflow.TRUNCATE), new Column(LONG_NAME_WIDTH, 1, Overflow.SPAN),
                new Column(WIDTH - 5 - LONG_NAME_WIDTH, 1, Overflow.WRAP));
        CommandLine.Help.Layout layout = new CommandLine.Help.Layout(help.colorScheme(), table,
                help.createDefaultOptionRenderer(), help.createDefaultParameterRenderer());
        for (OptionSpec option : options) {
            layout.addOption(option, help.createDefaultParamLabelRenderer());
        }
        return String.format("%n%s:%n", heading) + layout;
    }

    /** The flags picocli matched, set on the defaults. */
    static Flags flags(CommandLine.ParseResult parsed) {
        Flags.Builder flags = Flags.builder();
        for (OptionSpec option : parsed.matchedOptions()) {
            if (option.userObject() instanceof Flag flag) {
                flags.set(flag, (Object) option.getValue());
            }
        }
        return flags.build();
    }

    /**
     * The arguments with V8's underscore spelling of a flag name made dashes (--print_bytecode
     * is --print-bytecode), up to the program file: the program's own arguments are left alone.
     */
    static String[] v8Spelling(String[] args) {
        String[] spelled = args.clone();
        for (int i : flagIndices(args)) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            String name = (eq < 0 ? arg : arg.substring(0, eq)).replace('_', '-');
            Flag flag = eq < 0 ? Flag.named(name.substring(2)) : null;
            if (flag != null && flag.implicitValue() != null) {
                spelled[i] = name + "=" + flag.implicitValue();
                continue;
            }
            spelled[i] = eq < 0 ? name : name + arg.substring(eq);
        }
        return spelled;
    }

    /**
     * What to say of arguments picocli refused, in node's words ("bad option: --opt=false"):
     * the table's own parser (Flags.parse) names the argument as the user wrote it.
     */
    static String refusal(String[] args, CommandLine.ParameterException e) {
        List<String> flags = new ArrayList<>();
        for (int i : flagIndices(args)) {
            flags.add(args[i]);
            Flag flag = Flag.named(args[i].substring(2));
            if (takesNextArgument(flag) && i + 1 < args.length) {
                flags.add(args[i + 1]);
            }
        }
        try {
            Flags.parse(flags);
        } catch (IllegalArgumentException refused) {
            return refused.getMessage();
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return "bad option: " + unmatched.getUnmatched().get(0);
        }
        return "bad option: " + e.getMessage();
    }

    /** Whether a flag given bare (no `=`) takes the next argument as its value. */
    private static boolean takesNextArgument(Flag flag) {
        return flag != null && flag.type() != Flag.Type.BOOL && flag.implicitValue() == null;
    }

    /** The indices of the `--` flags before the program file (-h and -V skipped, a flag's value too). */
    private static List<Integer> flagIndices(String[] args) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-") || arg.equals("-") || arg.equals("--")) {
                break; // the program file (or "-": stdin), or the end of the flags
            }
            if (!arg.startsWith("--")) {
                continue; // -h, -V
            }
            indices.add(i);
            Flag flag = arg.contains("=") ? null : Flag.named(arg.substring(2));
            if (takesNextArgument(flag)) {
                i++; // --print-bytecode-filter NAME: NAME is the flag's value
            }
        }
        return indices;
    }
}
