/*
 * How an SSA value is held in optimized code (Maglev's ValueRepresentation): a tagged JS value
 * (a Java Object in the engine's value model: Integer for Smis, Double, String, JSObject...),
 * an untagged int32 or float64 (JVM int and double locals in generated code), or a bit (a JVM
 * boolean, the result of a compare that feeds a branch). Conversions between them are nodes
 * of their own (Conversion), so every change of representation is visible in the IR.
 */
package dev.kindling.optimizer.ir;

public enum ValueRepresentation {
    TAGGED("Tagged"),
    INT32("Int32"),
    FLOAT64("Float64"),
    BIT("Bit"),
    /** A node that produces no value (stores, checks, control). */
    NONE("-");

    private final String printName;

    ValueRepresentation(String printName) {
        this.printName = printName;
    }

    public String printName() {
        return printName;
    }
}
