/*
 * The per-closure feedback store (DESIGN.md stage 4): one entry per feedback slot of the
 * function's FeedbackMetadata, plus the invocation count. The inline caches that fill the
 * entries come with the IC work; today the interpreter counts invocations and the layout is
 * already the one V8's --print-bytecode slot numbers refer to.
 */
package dev.kindling.interpreter;

import dev.kindling.bytecode.FeedbackMetadata;

public final class FeedbackVector {
    private final FeedbackMetadata metadata;
    private final Object[] entries;
    private int invocationCount;

    public FeedbackVector(FeedbackMetadata metadata) {
        this.metadata = metadata;
        this.entries = new Object[metadata.entryCount()];
    }

    public FeedbackMetadata metadata() {
        return metadata;
    }

    public Object get(int slot) {
        return entries[slot];
    }

    public void set(int slot, Object value) {
        entries[slot] = value;
    }

    public int invocationCount() {
        return invocationCount;
    }

    void countInvocation() {
        invocationCount++;
    }
}
