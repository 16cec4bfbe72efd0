/*
 * The options of a Kindling engine: one field per command-line flag, and the one type the
 * flags are parsed into (cli's Main maps each flag onto a Builder method). The engine hands
 * each stage the part it reads (today the interpreter's Engine.Options; the optimizing tier
 * adds its own part when it lands).
 *
 * Guarantees: defaults() is what `kindling file.js` runs with.
 */
package dev.kindling.api;

import dev.kindling.interpreter.Engine;

/**
 * @param opt                 false for --no-opt (interpreter only; today there is no optimizing tier, so
 *                            this changes nothing yet)
 * @param useIc               false for --no-use-ic: no inline caches, every property access a full lookup
 * @param allowNativesSyntax  --allow-natives-syntax: V8's %Name(...) natives
 * @param printBytecode       --print-bytecode: each function's bytecode, printed when it is first compiled
 * @param printBytecodeFilter --print-bytecode-filter=NAME: only that function ("*" or null for all)
 * @param traceIc             --trace-ic: one line per inline-cache state change
 * @param printFeedback       --print-feedback: every feedback vector, printed when the engine closes
 * @param dumpShapes          --dump-shapes=FILE.dot: the shape transition tree, written when the engine
 *                            closes (null: none)
 * @param maxCallDepth        the deepest JS call stack before RangeError (node's is about 11,000 frames
 *                            of a small function); the calling thread needs a stack to match
 */
public record Options(boolean opt, boolean useIc, boolean allowNativesSyntax, boolean printBytecode,
                      String printBytecodeFilter, boolean traceIc, boolean printFeedback, String dumpShapes,
                      int maxCallDepth) {
    /** node's default stack admits about 11,000 frames of a small function; so does Kindling. */
    public static final int DEFAULT_MAX_CALL_DEPTH = Engine.Options.DEFAULT_MAX_CALL_DEPTH;

    /** The options of a plain `kindling file.js`. */
    public static Options defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        return new Builder().opt(opt).useIc(useIc).allowNativesSyntax(allowNativesSyntax)
                .printBytecode(printBytecode).printBytecodeFilter(printBytecodeFilter).traceIc(traceIc)
                .printFeedback(printFeedback).dumpShapes(dumpShapes).maxCallDepth(maxCallDepth);
    }

    /** The interpreter's part of these options. */
    Engine.Options interpreterOptions() {
        return new Engine.Options(printBytecode, printBytecodeFilter, allowNativesSyntax, maxCallDepth, useIc,
                traceIc, printFeedback, dumpShapes);
    }

    /** Options field by field; each method is named after its field and flag. */
    public static final class Builder {
        private boolean opt = true;
        private boolean useIc = true;
        private boolean allowNativesSyntax;
        private boolean printBytecode;
        private String printBytecodeFilter;
        private boolean traceIc;
        private boolean printFeedback;
        private String dumpShapes;
        private int maxCallDepth = DEFAULT_MAX_CALL_DEPTH;

        private Builder() {
        }

        public Builder opt(boolean on) {
            this.opt = on;
            return this;
        }

        public Builder useIc(boolean on) {
            this.useIc = on;
            return this;
        }

        public Builder allowNativesSyntax(boolean on) {
            this.allowNativesSyntax = on;
            return this;
        }

        public Builder printBytecode(boolean on) {
            this.printBytecode = on;
            return this;
        }

        public Builder printBytecodeFilter(String functionName) {
            this.printBytecodeFilter = functionName;
            return this;
        }

        public Builder traceIc(boolean on) {
            this.traceIc = on;
            return this;
        }

        public Builder printFeedback(boolean on) {
            this.printFeedback = on;
            return this;
        }

        public Builder dumpShapes(String dotFile) {
            this.dumpShapes = dotFile;
            return this;
        }

        public Builder maxCallDepth(int frames) {
            if (frames < 1) {
                throw new IllegalArgumentException("maxCallDepth must be positive: " + frames);
            }
            this.maxCallDepth = frames;
            return this;
        }

        public Options build() {
            return new Options(opt, useIc, allowNativesSyntax, printBytecode, printBytecodeFilter, traceIc,
                    printFeedback, dumpShapes, maxCallDepth);
        }
    }
}
