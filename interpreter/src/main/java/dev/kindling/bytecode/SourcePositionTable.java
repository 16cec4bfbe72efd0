/*
 * Bytecode offset → source position, as V8's source position table: each entry marks the
 * bytecode at `bytecodeOffset` with a source offset, either a statement position (`S>` in
 * --print-bytecode; where a debugger would stop) or an expression position (`E>`; where an
 * error inside that bytecode is reported). Entries are in bytecode order.
 */
package dev.kindling.bytecode;

import java.util.List;

public record SourcePositionTable(List<Entry> entries) {
    public record Entry(int bytecodeOffset, int sourcePosition, boolean statement) {}

    public SourcePositionTable {
        entries = List.copyOf(entries);
    }

    /** The source position of the bytecode at `offset`: the last entry at or before it. */
    public int sourcePositionAt(int offset) {
        int result = -1;
        for (Entry e : entries) {
            if (e.bytecodeOffset() > offset) {
                break;
            }
            result = e.sourcePosition();
        }
        return result;
    }
}
