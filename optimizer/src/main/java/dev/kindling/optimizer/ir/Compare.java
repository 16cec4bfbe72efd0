/*
 * Compares whose result is a bit (Maglev's Int32Compare / Float64Compare, and TaggedEqual for
 * identity): they feed a Branch directly, so `if (i < n)` in a hot loop is one JVM compare and
 * jump, and become true/false (BitToBoolean) only when the result is used as a value.
 * Float64 compares follow IEEE 754, which is JS's: every compare with NaN is false.
 */
package dev.kindling.optimizer.ir;

public final class Compare extends Node {
    public Compare(Opcode opcode, Node left, Node right) {
        super(opcode, left, right);
    }
}
