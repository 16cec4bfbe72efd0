/*
 * Representation changes (Maglev's conversion nodes): untagging with a check
 * (CheckedSmiUntag, CheckedNumberToFloat64, CheckedUint32ToInt32) or without one where the
 * value is known to be a Smi or a number (UnsafeSmiUntag, UncheckedNumberToFloat64: a field
 * load of that representation), narrowing with one
 * (CheckedTruncateFloat64ToInt32), checks that pass a tagged value through (CheckString,
 * CheckNumber), widening
 * (ChangeInt32ToFloat64), tagging (Int32ToNumber, Float64ToTagged, BitToBoolean) and the
 * truthiness of a value as a bit (ToBoolean, Int32ToBit, Float64ToBit).
 *
 * fold(): a conversion of a constant is a constant, and a conversion that undoes the one
 * feeding it is its input (CheckedSmiUntag(Int32ToNumber(x)) is x): this is how a value that
 * went through a register in tagged form comes back untagged without a check.
 */
package dev.kindling.optimizer.ir;

import dev.kindling.runtime.Numbers;

public final class Conversion extends Node {
    public Conversion(Opcode opcode, Node input) {
        super(opcode, input);
    }

    @Override
    public Node fold() {
        Node in = input(0);
        Object c = in instanceof Constant k ? k.value() : null;
        switch (opcode()) {
            case CheckedSmiUntag:
                if (in.opcode() == Opcode.Int32ToNumber) {
                    return in.input(0);
                }
                if (in.opcode() == Opcode.Constant && c instanceof Integer i) {
                    return Constant.int32(i);
                }
                break;
            case CheckedNumberToFloat64:
            case UncheckedNumberToFloat64:
                if (in.opcode() == Opcode.Float64ToTagged) {
                    return in.input(0);
                }
                if (in.opcode() == Opcode.Int32ToNumber) {
                    return new Conversion(Opcode.ChangeInt32ToFloat64, in.input(0));
                }
                if (in.opcode() == Opcode.Constant && Numbers.isNumber(c)) {
                    return Constant.float64(Numbers.doubleValue(c));
                }
                break;
            case ChangeInt32ToFloat64:
                if (in.opcode() == Opcode.Int32Constant) {
                    return Constant.float64((Integer) c);
                }
                break;
            case Int32ToNumber:
                if (in.opcode() == Opcode.Int32Constant) {
                    return Constant.tagged(Numbers.smi((Integer) c));
                }
                if (in.opcode() == Opcode.CheckedSmiUntag || in.opcode() == Opcode.UnsafeSmiUntag) {
                    return in.input(0); // it was a Smi already
                }
                break;
            case Float64ToTagged:
                if (in.opcode() == Opcode.Float64Constant) {
                    return Constant.tagged(Numbers.normalize((Double) c));
                }
                break;
            case CheckedTruncateFloat64ToInt32:
                if (in.opcode() == Opcode.ChangeInt32ToFloat64) {
                    return in.input(0);
                }
                if (in.opcode() == Opcode.Float64Constant) {
                    double d = (Double) c;
                    if ((int) d == d && Double.doubleToRawLongBits(d) != Double.doubleToRawLongBits(-0.0)) {
                        return Constant.int32((int) d);
                    }
                }
                break;
            case CheckNumber:
                if (in.opcode() == Opcode.CheckNumber || in.opcode() == Opcode.Int32ToNumber
                        || in.opcode() == Opcode.Float64ToTagged || in.opcode() == Opcode.Constant && Numbers.isNumber(c)) {
                    return in; // a number already
                }
                break;
            case CheckString:
                if (in.opcode() == Opcode.CheckString || in.opcode() == Opcode.StringConcat
                        || in.opcode() == Opcode.Constant && c instanceof String) {
                    return in; // a string already
                }
                break;
            case ToBoolean:
                if (in.opcode() == Opcode.BitToBoolean) {
                    return in.input(0);
                }
                if (in.opcode() == Opcode.Int32ToNumber) {
                    return new Conversion(Opcode.Int32ToBit, in.input(0));
                }
                break;
            default:
                break;
        }
        return this;
    }
}
