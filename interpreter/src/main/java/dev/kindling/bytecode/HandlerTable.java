/*
 * The exception handler table of a BytecodeArray, as V8's HandlerTable: for each try range
 * [start, end) of bytecode offsets, the offset of its handler and the register that holds the
 * context to restore. Ranges of inner trys come before outer ones, so the first range that
 * covers an offset is the innermost handler.
 */
package dev.kindling.bytecode;

import java.util.List;

public record HandlerTable(List<Entry> entries) {
    /** prediction: true for a catch (V8's CAUGHT), false for a finally (UNCAUGHT... then rethrown). */
    public record Entry(int start, int end, int handler, int contextRegister, boolean caught) {}

    public HandlerTable {
        entries = List.copyOf(entries);
    }

    /** The innermost handler covering `offset`, or null. */
    public Entry lookup(int offset) {
        for (Entry e : entries) {
            if (offset >= e.start() && offset < e.end()) {
                return e;
            }
        }
        return null;
    }
}
