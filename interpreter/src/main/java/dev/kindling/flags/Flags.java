/*
 * The values of every flag of the table (Flag) for one engine: immutable, complete (a flag
 * not set holds its default), with typed getters. It is the one values object every stage
 * reads (the host's Engine, the API's Options, the optimizing tier when it lands).
 *
 * parse() reads V8-style arguments without a command-line library (the API's
 * Options.fromArgs and the tests use it): `--x` / `--no-x` for a boolean, `--x=value` or
 * `--x value` for an int or string (a string flag with an implicit value takes only `--x=value`;
 * bare, it holds that value), underscores for dashes. As in V8, a boolean takes no
 * `=value`. Guarantees: a value reaching a getter has its flag's type and, for an int,
 * at least its minimum; anything else is refused with node's words ("bad option: ARG").
 */
package dev.kindling.flags;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

public final class Flags {
    private static final Flags DEFAULTS = new Builder().build();

    private final EnumMap<Flag, Object> values;

    private Flags(EnumMap<Flag, Object> values) {
        this.values = values;
    }

    /** What `kindling file.js` runs with: every flag at its default. */
    public static Flags defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The flags these arguments set; IllegalArgumentException("bad option: ARG") for a bad one. */
    public static Flags parse(List<String> args) {
        Builder builder = new Builder();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            int eq = arg.indexOf('=');
            String name = arg.startsWith("--") ? arg.substring(2, eq < 0 ? arg.length() : eq) : "";
            Flag flag = Flag.named(name);
            if (flag == null && (name.startsWith("no-") || name.startsWith("no_"))) {
                Flag negated = Flag.named(name.substring(3));
                if (negated != null && negated.type() == Flag.Type.BOOL && eq < 0) {
                    builder.set(negated, false);
                    continue;
                }
            }
            if (flag == null) {
                throw badOption(arg);
            }
            if (flag.type() == Flag.Type.BOOL) {
                if (eq >= 0) {
                    throw badOption(arg);
                }
                builder.set(flag, true);
                continue;
            }
            String value;
            if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (flag.implicitValue() != null) {
                value = flag.implicitValue(); // bare: the next argument is not its value
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw badOption(arg);
            }
            builder.setFromText(flag, value);
        }
        return builder.build();
    }

    public boolean bool(Flag flag) {
        return (Boolean) typed(flag, Flag.Type.BOOL);
    }

    public int integer(Flag flag) {
        return (Integer) typed(flag, Flag.Type.INT);
    }

    /** A string flag's value; null if it is unset (a string flag whose default is none). */
    public String string(Flag flag) {
        return (String) typed(flag, Flag.Type.STRING);
    }

    /** The value as Boolean, Integer or String (null: an unset string flag). */
    public Object get(Flag flag) {
        return values.get(flag);
    }

    private Object typed(Flag flag, Flag.Type type) {
        if (flag.type() != type) {
            throw new IllegalArgumentException(flag.option() + " is a " + flag.type() + " flag, not " + type);
        }
        return values.get(flag);
    }

    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.values.putAll(values);
        return builder;
    }

    /** The arguments that make these flags from the defaults, in table order: [--no-use-ic, ...]. */
    public List<String> toArgs() {
        List<String> args = new ArrayList<>();
        for (Map.Entry<Flag, Object> e : values.entrySet()) {
            if (!Objects.equals(e.getValue(), e.getKey().defaultValue())) {
                args.add(e.getKey().spell(e.getValue()));
            }
        }
        return args;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Flags other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Flags" + toArgs();
    }

    static IllegalArgumentException badOption(String arg) {
        return new IllegalArgumentException("bad option: " + arg);
    }

    /** Flags value by value; starts from the defaults. */
    public static final class Builder {
        private final EnumMap<Flag, Object> values = new EnumMap<>(Flag.class);

        private Builder() {
            for (Flag flag : Flag.values()) {
                values.put(flag, flag.defaultValue());
            }
        }

        public Builder set(Flag flag, boolean value) {
            return put(flag, Flag.Type.BOOL, value);
        }

        public Builder set(Flag flag, int value) {
            if (value < flag.minimum()) {
                throw badOption(flag.spell(value));
            }
            return put(flag, Flag.Type.INT, value);
        }

        /** A string flag's value (null: unset); one the flag does not accept is a bad option. */
        public Builder set(Flag flag, String value) {
            if (!flag.accepts(value)) {
                throw badOption(flag.spell(value));
            }
            return put(flag, Flag.Type.STRING, value);
        }

        /** Sets a flag from a Boolean, Integer or String, as its type wants. */
        public Builder set(Flag flag, Object value) {
            return switch (flag.type()) {
                case BOOL -> set(flag, (boolean) (Boolean) value);
                case INT -> set(flag, (int) (Integer) value);
                case STRING -> set(flag, (String) value);
            };
        }

        /** Sets an int or string flag from the text of its value, as the command line gives it. */
        public Builder setFromText(Flag flag, String text) {
            return switch (flag.type()) {
                case BOOL -> throw badOption(flag.option() + "=" + text);
                case INT -> {
                    try {
                        yield set(flag, Integer.parseInt(text));
                    } catch (NumberFormatException e) {
                        throw badOption(flag.option() + "=" + text);
                    }
                }
                case STRING -> set(flag, text);
            };
        }

        private Builder put(Flag flag, Flag.Type type, Object value) {
            if (flag.type() != type) {
                throw new IllegalArgumentException(flag.option() + " is a " + flag.type() + " flag, not " + type);
            }
            values.put(flag, value);
            return this;
        }

        public Flags build() {
            return new Flags(new EnumMap<>(values));
        }
    }
}
