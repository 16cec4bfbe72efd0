/*
 * The JVM code of the typed element accesses (PropertySpeculation builds them): the checks
 * that make one sound, then a plain JVM array access into the array's own typed store.
 *
 *   TransitionElem...  CompiledCodeSupport.transitionElementsKind(array, sources, target)
 *   StringLength       ((String) string).length()
 *   ArrayPush, ArrayPop, StringCharCodeAt   CompiledCodeSupport.arrayPush / arrayPop / charCodeAt,
 *                      whose failure value (-1, null) takes the node's deopt exit
 *   CheckElementsKind  array.elementsKind() (storeElementsKind() before a store: null when
 *                      frozen) compared by identity with each of the node's kinds
 *   CheckBounds        0 <= index < length, two int compares
 *   CheckNotHole       array.isHole(index)
 *   CheckHoleFillable  array.holeBlocksStore(index): a hole, and the array may not fill it in place
 *   LoadSmiElement     array.smiStore()[index]             an int, never boxed
 *   LoadFixedDouble... array.doubleStore()[index]          a double, never boxed
 *   LoadFixedArray...  array.objectStore()[index]
 *   Store...           the same stores written; a double store canonicalizes NaN, so no value
 *                      written is the hole's NaN pattern (JSArray.canonicalNaN)
 *
 * The JVM checks the index against the store's capacity once more (an iaload cannot skip
 * that); after CheckBounds it never fails, and C2 removes it where it can prove so.
 *
 * Assumes: each access is preceded, on the same path and with no call or write between, by the
 * CheckMaps / CheckElementsKind / CheckBounds (/ CheckNotHole, CheckHoleFillable) of the same
 * array and index.
 */
package dev.kindling.backend.codegen;

import dev.kindling.optimizer.ir.CheckElementsKind;
import dev.kindling.optimizer.ir.DeoptReason;
import dev.kindling.optimizer.ir.Node;
import dev.kindling.optimizer.ir.Opcode;
import dev.kindling.optimizer.ir.TransitionElementsKind;
import dev.kindling.runtime.ElementsKind;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

import static org.objectweb.asm.Opcodes.*;

final class Elements {
    private static final String JSARRAY = "dev/kindling/runtime/JSArray";
    private static final String KIND = Type.getInternalName(ElementsKind.class);

    private Elements() {
    }

    /** Emits `n` if it is a typed element access or one of its checks; false otherwise. */
    static boolean emit(CodeGenerator g, MethodVisitor mv, Node n) {
        switch (n.opcode()) {
            case CheckElementsKind -> {
                CheckElementsKind check = (CheckElementsKind) n;
                Label ok = new Label();
                array(g, mv, n.input(0));
                mv.visitMethodInsn(INVOKEVIRTUAL, JSARRAY, check.forStore() ? "storeElementsKind" : "elementsKind",
                        "()L" + KIND + ";", false);
                for (int i = 0; i < check.kinds().size(); i++) {
                    boolean last = i == check.kinds().size() - 1;
                    if (!last) {
                        mv.visitInsn(DUP);
                    }
                    mv.visitFieldInsn(GETSTATIC, KIND, check.kinds().get(i).name(), "L" + KIND + ";");
                    if (last) {
                        mv.visitJumpInsn(IF_ACMPEQ, ok);
                    } else {
                        Label next = new Label();
                        mv.visitJumpInsn(IF_ACMPNE, next);
                        mv.visitInsn(POP);
                        mv.visitJumpInsn(GOTO, ok);
                        mv.visitLabel(next);
                    }
                }
                g.failWith(n, DeoptReason.WrongMap, n.input(0));
                mv.visitLabel(ok);
            }
            case TransitionElementsKind -> {
                TransitionElementsKind transition = (TransitionElementsKind) n;
                g.load(n.input(0));
                g.pushInt(transition.sourceMask());
                mv.visitFieldInsn(GETSTATIC, KIND, transition.target().name(), "L" + KIND + ";");
                mv.visitMethodInsn(INVOKESTATIC, CodeGenerator.SUPPORT, "transitionElementsKind",
                        "(Ljava/lang/Object;IL" + KIND + ";)V", false);
            }
            case ArrayPush, StringCharCodeAt -> { // an int32 result, -1 where the node deopts
                Label ok = new Label();
                g.loadTagged(n.input(0));
                if (n.opcode() == Opcode.ArrayPush) {
                    g.loadTagged(n.input(1));
                    mv.visitMethodInsn(INVOKESTATIC, CodeGenerator.SUPPORT, "arrayPush",
                            "(Ljava/lang/Object;Ljava/lang/Object;)I", false);
                } else {
                    g.load(n.input(1));
                    mv.visitMethodInsn(INVOKESTATIC, CodeGenerator.SUPPORT, "charCodeAt", "(Ljava/lang/Object;I)I",
                            false);
                }
                mv.visitInsn(DUP);
                mv.visitJumpInsn(IFGE, ok);
                mv.visitInsn(POP);
                g.failWith(n, n.opcode() == Opcode.ArrayPush ? DeoptReason.WrongMap : DeoptReason.OutOfBounds,
                        n.input(n.opcode() == Opcode.ArrayPush ? 0 : 1));
                mv.visitLabel(ok);
            }
            case StringLength -> {
                g.load(n.input(0));
                mv.visitTypeInsn(CHECKCAST, "java/lang/String");
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "length", "()I", false);
            }
            case ArrayPop -> {
                Label ok = new Label();
                g.loadTagged(n.input(0));
                mv.visitMethodInsn(INVOKESTATIC, CodeGenerator.SUPPORT, "arrayPop",
                        "(Ljava/lang/Object;)Ljava/lang/Object;", false);
                mv.visitInsn(DUP);
                mv.visitJumpInsn(IFNONNULL, ok);
                mv.visitInsn(POP);
                g.failWith(n, DeoptReason.Hole, n.input(0));
                mv.visitLabel(ok);
            }
            case CheckBounds -> {
                Label ok = new Label();
                Label out = new Label();
                g.load(n.input(0));
                mv.visitJumpInsn(IFLT, out);
                g.load(n.input(0));
                g.load(n.input(1));
                mv.visitJumpInsn(IF_ICMPLT, ok);
                mv.visitLabel(out);
                g.failWith(n, DeoptReason.OutOfBounds, n.input(0));
                mv.visitLabel(ok);
            }
            case CheckNotHole, CheckHoleFillable -> {
                Label ok = new Label();
                array(g, mv, n.input(0));
                g.load(n.input(1));
                mv.visitMethodInsn(INVOKEVIRTUAL, JSARRAY,
                        n.opcode() == Opcode.CheckNotHole ? "isHole" : "holeBlocksStore", "(I)Z", false);
                mv.visitJumpInsn(IFEQ, ok);
                g.failWith(n, DeoptReason.Hole, n.input(1));
                mv.visitLabel(ok);
            }
            case LoadSmiElement -> {
                store(g, mv, n, "smiStore", "[I");
                mv.visitInsn(IALOAD);
            }
            case LoadFixedDoubleArrayElement -> {
                store(g, mv, n, "doubleStore", "[D");
                mv.visitInsn(DALOAD);
            }
            case LoadFixedArrayElement -> {
                store(g, mv, n, "objectStore", "[Ljava/lang/Object;");
                mv.visitInsn(AALOAD);
            }
            case StoreSmiElement -> {
                store(g, mv, n, "smiStore", "[I");
                g.load(n.input(2));
                mv.visitInsn(IASTORE);
            }
            case StoreFixedDoubleArrayElement -> {
                store(g, mv, n, "doubleStore", "[D");
                Node value = n.input(2);
                g.load(value);
                switch (value.representation()) {
                    case INT32 -> mv.visitInsn(I2D);
                    case FLOAT64 -> mv.visitMethodInsn(INVOKESTATIC, JSARRAY, "canonicalNaN", "(D)D", false);
                    default -> { // a tagged number (CheckNumber): an Integer or a Double
                        mv.visitMethodInsn(INVOKESTATIC, CodeGenerator.NUMBERS, "doubleValue", "(Ljava/lang/Object;)D",
                                false);
                        mv.visitMethodInsn(INVOKESTATIC, JSARRAY, "canonicalNaN", "(D)D", false);
                    }
                }
                mv.visitInsn(DASTORE);
            }
            case StoreFixedArrayElement -> {
                store(g, mv, n, "objectStore", "[Ljava/lang/Object;");
                g.loadTagged(n.input(2));
                mv.visitInsn(AASTORE);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void array(CodeGenerator g, MethodVisitor mv, Node array) {
        g.load(array);
        mv.visitTypeInsn(CHECKCAST, JSARRAY);
    }

    /** Pushes the typed store of input 0 and the index, input 1. */
    private static void store(CodeGenerator g, MethodVisitor mv, Node n, String accessor, String type) {
        array(g, mv, n.input(0));
        mv.visitMethodInsn(INVOKEVIRTUAL, JSARRAY, accessor, "()" + type, false);
        g.load(n.input(1));
    }
}
