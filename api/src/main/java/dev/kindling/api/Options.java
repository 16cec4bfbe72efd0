/*
 * The options of a Kindling engine, for embedders: the values of the one flag table
 * (dev.kindling.flags.Flag), read from it rather than listed here. Set a flag by its table
 * entry, `Options.builder().set(Flag.USE_IC, false).build()`, or by its command-line
 * spelling, `Options.fromArgs("--no-use-ic")`; the engine hands the same Flags to every stage.
 *
 * Guarantees: defaults() is what `kindling file.js` runs with; a value has its flag's type
 * (IllegalArgumentException "bad option: ..." otherwise, in node's words).
 */
package dev.kindling.api;

import dev.kindling.flags.Flag;
import dev.kindling.flags.Flags;

import java.util.List;

/** @param flags the value of every flag (a flag not set holds its default) */
public record Options(Flags flags) {
    /** The options of a plain `kindling file.js`. */
    public static Options defaults() {
        return new Options(Flags.defaults());
    }

    public static Builder builder() {
        return new Builder(Flags.builder());
    }

    /** The options these V8-style flags give: "--no-use-ic", "--max-call-depth=500", "--print_bytecode". */
    public static Options fromArgs(String... args) {
        return fromArgs(List.of(args));
    }

    public static Options fromArgs(List<String> args) {
        return new Options(Flags.parse(args));
    }

    public boolean bool(Flag flag) {
        return flags.bool(flag);
    }

    public int integer(Flag flag) {
        return flags.integer(flag);
    }

    public String string(Flag flag) {
        return flags.string(flag);
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        return new Builder(flags.toBuilder());
    }

    /** Options flag by flag, from the defaults. */
    public static final class Builder {
        private final Flags.Builder flags;

        private Builder(Flags.Builder flags) {
            this.flags = flags;
        }

        public Builder set(Flag flag, boolean value) {
            flags.set(flag, value);
            return this;
        }

        public Builder set(Flag flag, int value) {
            flags.set(flag, value);
            return this;
        }

        public Builder set(Flag flag, String value) {
            flags.set(flag, value);
            return this;
        }

        /** Sets a flag from a Boolean, Integer or String, as its type wants. */
        public Builder set(Flag flag, Object value) {
            flags.set(flag, value);
            return this;
        }

        public Options build() {
            return new Options(flags.build());
        }
    }
}
