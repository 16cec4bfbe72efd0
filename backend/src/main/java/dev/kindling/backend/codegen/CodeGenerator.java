/*
 * Code generation (DESIGN.md stage 7): the optimized IR of one function becomes one JVM class,
 * written with ASM, a subclass of CompiledFunction whose run() is the function's body.
 *
 * Entries. run() takes the formal parameters as JVM parameters, (Interpreter, OptimizedFrame,
 * Object[] args, Object a0 … a(n-1)); call() (the generic entry, an argument array) reaches it
 * through runWithArguments(), and callDirect() (emitDirectEntry: direct calls, a fixed
 * descriptor, no array, no allocation) directly. emitDirectEntry says why HotSpot can inline a
 * JS call through it. Inlined callees push the depth's reused frame, or none where nothing can
 * observe it (elidedFrames).
 *
 * Values. Every IR node that produces a value has a JVM local of its representation's type:
 * Int32 and Bit an int, Float64 a double, Tagged an Object. So an untagged loop counter is a
 * JVM int from start to end, and a number is boxed only where it leaves optimized code (calls
 * into the runtime, tagged stores, returns, deopt exits). HotSpot's register allocator maps the
 * locals to machine registers; SSA values that never overlap share nothing here, and need not.
 *
 * Control. Blocks become labels in bytecode order; every control node ends with its own jump.
 * Phis are resolved on each edge: the inputs for that edge are all pushed on the JVM operand
 * stack, then popped into the phis' locals in reverse, which is a parallel copy (a phi swap,
 * `a, b = b, a`, needs no temporary). A Branch whose successor has phis gets an edge stub.
 *
 * Checks. A check branches, when it fails, to its FrameState's exit: it stores its exit id and
 * the value that failed into two fixed locals and jumps to the one exit block of that
 * FrameState (checks of one bytecode share it). An exit block boxes the state's live values
 * into a register file and calls CompiledFunction.deoptimize, returning what it returns — no
 * JVM exception. Under --deopt-every-n-times every check first asks stressDeopt().
 *
 * Calls into the runtime (generic nodes) go to CompiledCodeSupport, the interpreter's own
 * slow paths; before each, the OptimizedFrame's bytecodeOffset is written, so a stack trace or
 * an error message made inside names the right line.
 *
 * Constants that are not JVM constants (shapes, functions, property names that are symbols)
 * live in the class's constant table, passed as class data (MethodHandles.classData) and read
 * once into a static final array.
 *
 * Assumes: the optimizer's pipeline has run (Graph invariants; every phi input is of the phi's
 * representation; Branch inputs are bits).
 * Guarantees: frames computed by ASM (COMPUTE_FRAMES), so the class verifies
 * (CodeGeneratorTest runs CheckClassAdapter on what it makes); run()'s code length is reported
 * (codeLength) so the caller can refuse methods HotSpot would never compile.
 */
package dev.kindling.backend.codegen;

import dev.kindling.backend.deopt.CompiledFunction;
import dev.kindling.backend.deopt.DeoptExit;
import dev.kindling.optimizer.ir.DeoptReason;
import dev.kindling.backend.deopt.OptimizedFrame;
import dev.kindling.bytecode.Bytecode;
import dev.kindling.bytecode.BytecodeArray;
import dev.kindling.bytecode.BytecodeIterator;
import dev.kindling.interpreter.CompiledCodeSupport;
import dev.kindling.interpreter.DirectCallSites;
import dev.kindling.interpreter.FeedbackVector;
import dev.kindling.interpreter.Interpreter;
import dev.kindling.interpreter.JSClosure;
import dev.kindling.optimizer.ir.BasicBlock;
import dev.kindling.optimizer.ir.CallNode;
import dev.kindling.optimizer.ir.CheckMaps;
import dev.kindling.optimizer.ir.CheckValue;
import dev.kindling.optimizer.ir.Constant;
import dev.kindling.optimizer.ir.ControlNode;
import dev.kindling.optimizer.ir.EntryValue;
import dev.kindling.optimizer.ir.FieldAccess;
import dev.kindling.optimizer.ir.FrameState;
import dev.kindling.optimizer.ir.GenericOperation;
import dev.kindling.optimizer.ir.Graph;
import dev.kindling.optimizer.ir.HelperCall;
import dev.kindling.optimizer.ir.Node;
import dev.kindling.optimizer.ir.Opcode;
import dev.kindling.optimizer.ir.Phi;
import dev.kindling.optimizer.ir.RuntimeAccess;
import dev.kindling.optimizer.ir.ValueRepresentation;
import dev.kindling.runtime.Oddball;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.objectweb.asm.Opcodes.*;

public final class CodeGenerator {
    /**
     * What generation made: the class file, its constant table (class data) and its exits;
     * `directArity` is the formal parameter count of its direct entry (callDirect), or -1 when
     * the class has none.
     */
    public record Result(String className, byte[] classFile, Object[] constants, List<DeoptExit> exits,
                         int codeLength, int directArity) {}

    /**
     * The most formal parameters run() takes as JVM parameters (a method has at most 255 slots);
     * a function with more reads them from the argument array, and has no direct entry.
     */
    static final int MAX_FIXED_PARAMETERS = 200;

    static final String OBJECT = "java/lang/Object";
    static final String BASE = Type.getInternalName(CompiledFunction.class);
    static final String SUPPORT = Type.getInternalName(CompiledCodeSupport.class);
    static final String FRAME = Type.getInternalName(OptimizedFrame.class);
    static final String NUMBERS = "dev/kindling/runtime/Numbers";
    static final String ODDBALL = Type.getInternalName(Oddball.class);
    static final String JSOBJECT = "dev/kindling/runtime/JSObject";
    static final String INTERPRETER_CLASS = Type.getInternalName(Interpreter.class);
    static final String JSFRAME = "Ldev/kindling/interpreter/JsFrame;";
    static final String CLOSURE = "dev/kindling/interpreter/JSClosure";
    /** CompiledFunction.runWithArguments: (Interpreter, OptimizedFrame, Object[] args)Object. */
    static final String RUN_WITH_ARGUMENTS_DESCRIPTOR = "(L" + Type.getInternalName(Interpreter.class) + ";L" + FRAME
            + ";[Ljava/lang/Object;)Ljava/lang/Object;";

    // Fixed locals of run(): this, interpreter, frame, args, the formal parameters (fixed of
    // them), then the exit id and the failed value.
    private static final int THIS = 0;
    private static final int INTERPRETER = 1;
    private static final int FRAME_LOCAL = 2;
    private static final int ARGS = 3;
    private static final int FIRST_PARAMETER = 4;

    private final Graph graph;
    private final FeedbackVector feedback;
    private final boolean stress;
    private final String className;
    private final Map<Node, Integer> locals = new IdentityHashMap<>();
    /** How many formal parameters run() takes as JVM parameters (see runDescriptor). */
    private final int fixed;
    private final int exitIdLocal;
    private final int failedLocal;
    private int nextLocal;
    private final Map<BasicBlock, Label> labels = new IdentityHashMap<>();
    private final Map<FrameState, Label> exitLabels = new LinkedHashMap<>();
    /** The exits of throwing nodes in try ranges, one per state: they continue at the handler. */
    private final Map<FrameState, Label> handlerExitLabels = new LinkedHashMap<>();
    /** Catch stubs to emit after the blocks: (stub label, exit id, state). */
    private final List<Object[]> catchStubs = new ArrayList<>();
    private final List<DeoptExit> exits = new ArrayList<>();
    private final List<Object> constants = new ArrayList<>();
    /** The EnterInlinedFrame nodes whose frame nothing can observe (elidedFrames): no frame is pushed. */
    private java.util.Set<Node> elided = java.util.Set.of();
    private MethodVisitor mv;

    private CodeGenerator(Graph graph, FeedbackVector feedback, boolean stress, String className) {
        this.graph = graph;
        this.feedback = feedback;
        this.stress = stress;
        this.className = className;
        int formals = graph.bytecode().parameterCount() - 1;
        this.fixed = formals <= MAX_FIXED_PARAMETERS ? formals : 0;
        this.exitIdLocal = FIRST_PARAMETER + fixed;
        this.failedLocal = exitIdLocal + 1;
        this.nextLocal = failedLocal + 1;
    }

    /**
     * Whether the class has a direct entry (callDirect): its formal parameters are JVM
     * parameters and it never reads its argument list, so a caller need not make one.
     */
    private boolean hasDirectEntry() {
        return fixed == graph.bytecode().parameterCount() - 1 && !graph.bytecode().readsArgumentList();
    }

    /** run(): (Interpreter, OptimizedFrame, Object[] args, Object × fixed)Object. */
    private String runDescriptor() {
        return "(L" + INTERPRETER_CLASS + ";L" + FRAME + ";[Ljava/lang/Object;" + "Ljava/lang/Object;".repeat(fixed)
                + ")Ljava/lang/Object;";
    }

    /** callDirect(): (Interpreter, JSClosure, Object receiver, Object × formals)Object. */
    private String directDescriptor() {
        return "(L" + INTERPRETER_CLASS + ";L" + CLOSURE + ";Ljava/lang/Object;" + "Ljava/lang/Object;".repeat(fixed)
                + ")Ljava/lang/Object;";
    }

    /**
     * Generates the class for `graph`; `simpleName` names it (a hidden class gets a suffix of the
     * JVM's own). `stress` makes every check consult --deopt-every-n-times.
     */
    public static Result generate(Graph graph, FeedbackVector feedback, boolean stress, String simpleName) {
        String pkg = CodeGenerator.class.getPackageName().replace('.', '/');
        return new CodeGenerator(graph, feedback, stress, pkg + "/" + simpleName).emitClass();
    }

    private Result emitClass() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return OBJECT; // frames only merge Objects of our own making; no class loading needed
            }
        };
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, className, null, BASE, null);
        cw.visitSource(graph.shared().script().source().fileName(), null);
        cw.visitField(ACC_PRIVATE | ACC_STATIC | ACC_FINAL, "K", "[Ljava/lang/Object;", null, null).visitEnd();
        emitStaticInit(cw);
        emitConstructor(cw);
        emitCallEntry(cw);
        if (hasDirectEntry()) {
            emitDirectEntry(cw);
        }
        emitRunWithArguments(cw);
        elided = elidedFrames(graph);
        mv = cw.visitMethod(ACC_PRIVATE | ACC_FINAL, "run", runDescriptor(), null, null);
        mv.visitCode();
        for (BasicBlock b : graph.blocks()) {
            labels.put(b, new Label());
        }
        for (BasicBlock b : graph.blocks()) {
            mv.visitLabel(labels.get(b));
            for (Node n : b.nodes()) {
                emit(n);
            }
            emitControl(b);
        }
        for (Object[] stub : catchStubs) {
            emitCatchStub((Label) stub[0], (Integer) stub[1], (FrameState) stub[2]);
        }
        for (Map.Entry<FrameState, Label> e : exitLabels.entrySet()) {
            emitExit(e.getKey(), e.getValue(), "deoptimize");
        }
        for (Map.Entry<FrameState, Label> e : handlerExitLabels.entrySet()) {
            emitExit(e.getKey(), e.getValue(), "continueAtHandler");
        }
        Label end = new Label();
        mv.visitLabel(end);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        byte[] bytes = cw.toByteArray();
        return new Result(className, bytes, constants.toArray(), exits, end.getOffset(),
                hasDirectEntry() ? fixed : -1);
    }

    private void emitStaticInit(ClassWriter cw) {
        MethodVisitor m = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        m.visitCode();
        m.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup",
                "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
        m.visitLdcInsn("_");
        m.visitLdcInsn(Type.getType(Object[].class));
        m.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "classData",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);
        m.visitTypeInsn(CHECKCAST, "[Ljava/lang/Object;");
        m.visitFieldInsn(PUTSTATIC, className, "K", "[Ljava/lang/Object;");
        m.visitInsn(RETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    /** The constructor CompiledFunction declares: (SharedFunctionInfo, List exits, Deoptimizer). */
    static final String CONSTRUCTOR_DESCRIPTOR = "(Ldev/kindling/bytecode/SharedFunctionInfo;Ljava/util/List;"
            + "Ldev/kindling/backend/deopt/Deoptimizer;)V";

    private void emitConstructor(ClassWriter cw) {
        MethodVisitor m = cw.visitMethod(ACC_PUBLIC, "<init>", CONSTRUCTOR_DESCRIPTOR, null, null);
        m.visitCode();
        m.visitVarInsn(ALOAD, 0);
        m.visitVarInsn(ALOAD, 1);
        m.visitVarInsn(ALOAD, 2);
        m.visitVarInsn(ALOAD, 3);
        m.visitMethodInsn(INVOKESPECIAL, BASE, "<init>", CONSTRUCTOR_DESCRIPTOR, false);
        m.visitInsn(RETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    static final String CALL_DESCRIPTOR = "(L" + Type.getInternalName(Interpreter.class)
            + ";Ldev/kindling/interpreter/JSClosure;Ljava/lang/Object;[Ljava/lang/Object;L" + JSOBJECT + ";)"
            + "Ljava/lang/Object;";

    /**
     * OptimizedCode.call, this class's own (CompiledFunction says why it is not shared), the
     * generic entry: the activation's frame pushed around a direct call of runWithArguments(),
     * popped however it ends.
     */
    private void emitCallEntry(ClassWriter cw) {
        final int interpreter = 1, function = 2, receiver = 3, args = 4, newTarget = 5;
        MethodVisitor m = cw.visitMethod(ACC_PUBLIC | ACC_FINAL, "call", CALL_DESCRIPTOR, null, null);
        m.visitCode();
        m.visitVarInsn(ALOAD, interpreter);
        m.visitVarInsn(ALOAD, function);
        m.visitVarInsn(ALOAD, receiver);
        m.visitVarInsn(ALOAD, newTarget);
        emitActivation(m, interpreter, 6, () -> {
            m.visitVarInsn(ALOAD, args);
            m.visitMethodInsn(INVOKEVIRTUAL, className, "runWithArguments", RUN_WITH_ARGUMENTS_DESCRIPTOR, false);
        });
    }

    /**
     * callDirect, the direct entry (V8's: a JSFunction's code called with the arguments in
     * registers): what DirectCallSites links a CallKnownJSFunction to, with the formal
     * parameters as JVM parameters of a fixed descriptor, (Interpreter, JSClosure, Object
     * receiver, Object × formals)Object, so no argument array is made; the site adapts another
     * argument count (undefined for a missing argument, an extra one dropped: V8's arguments
     * adaptor). Only for a function that never reads its argument list, whose deopt exits
     * rebuild its interpreter frame without one (Deoptimizer). What Interpreter.enterOptimized
     * does first, inline: the invocation counted, a sloppy-mode receiver adjusted.
     *
     * Why HotSpot inlines it into the caller: the site's target is a MutableCallSite's, a
     * constant to C2; the target is this method bound to this class's one instance (a constant
     * too), through MethodHandles adapters C2 folds away, so the call is a static call of a known
     * method; and callDirect calls run() and the frame helpers with invokevirtual/invokestatic
     * of final methods, statically bound. Nothing allocates: the arguments stay JVM values and
     * the frame is the depth's reused one (OptimizedFrame.activate).
     */
    private void emitDirectEntry(ClassWriter cw) {
        final int interpreter = 1, function = 2, receiver = 3, first = 4;
        MethodVisitor m = cw.visitMethod(ACC_PUBLIC | ACC_FINAL, "callDirect", directDescriptor(), null, null);
        m.visitCode();
        m.visitVarInsn(ALOAD, function);
        m.visitMethodInsn(INVOKESTATIC, BASE, "countInvocation", "(L" + CLOSURE + ";)V", false);
        if (!graph.shared().isStrict()) {
            m.visitVarInsn(ALOAD, function);
            m.visitVarInsn(ALOAD, receiver);
            m.visitMethodInsn(INVOKEVIRTUAL, CLOSURE, "receiverFor", "(Ljava/lang/Object;)Ljava/lang/Object;", false);
            m.visitVarInsn(ASTORE, receiver);
        }
        m.visitVarInsn(ALOAD, interpreter);
        m.visitVarInsn(ALOAD, function);
        m.visitVarInsn(ALOAD, receiver);
        m.visitInsn(ACONST_NULL);
        emitActivation(m, interpreter, first + fixed, () -> {
            m.visitInsn(ACONST_NULL); // no argument list: the function never reads it
            for (int i = 0; i < fixed; i++) {
                m.visitVarInsn(ALOAD, first + i);
            }
            m.visitMethodInsn(INVOKEVIRTUAL, className, "run", runDescriptor(), false);
        });
    }

    /**
     * The body of an entry, with (interpreter, function, receiver, newTarget) on the stack:
     *
     *     OptimizedFrame frame = enterFrame(interpreter, function, receiver, newTarget);
     *     try { result = this.<pushRun>; }
     *     catch (JSException e) { throw thrown(interpreter, e, frame); }   // pops the frame
     *     catch (Throwable t) { leaveFrame(interpreter, frame); throw t; }
     *     leaveFrame(interpreter, frame); return result;
     *
     * `pushRun` pushes what follows `this, interpreter, frame` in the call of the body and
     * makes the call; `frame` and `frame + 1` are free locals.
     */
    private void emitActivation(MethodVisitor m, int interpreter, int frame, Runnable pushRun) {
        final int thrown = frame + 1;
        String frameType = "L" + FRAME + ";";
        String interpreterType = "L" + INTERPRETER_CLASS + ";";
        Label start = new Label();
        Label end = new Label();
        Label onJsException = new Label();
        Label onOther = new Label();
        m.visitTryCatchBlock(start, end, onJsException, "dev/kindling/runtime/JSException");
        m.visitTryCatchBlock(start, end, onOther, null);
        m.visitMethodInsn(INVOKESTATIC, BASE, "enterFrame", "(" + interpreterType
                + "Ldev/kindling/interpreter/JSClosure;Ljava/lang/Object;L" + JSOBJECT + ";)" + frameType, false);
        m.visitVarInsn(ASTORE, frame);
        m.visitLabel(start);
        m.visitVarInsn(ALOAD, 0);
        m.visitVarInsn(ALOAD, interpreter);
        m.visitVarInsn(ALOAD, frame);
        pushRun.run();
        m.visitLabel(end);
        m.visitVarInsn(ALOAD, interpreter);
        m.visitVarInsn(ALOAD, frame);
        m.visitMethodInsn(INVOKESTATIC, BASE, "leaveFrame", "(" + interpreterType + frameType + ")V", false);
        m.visitInsn(ARETURN);
        m.visitLabel(onJsException);
        m.visitVarInsn(ASTORE, thrown);
        m.visitVarInsn(ALOAD, interpreter);
        m.visitVarInsn(ALOAD, thrown);
        m.visitVarInsn(ALOAD, frame);
        m.visitMethodInsn(INVOKESTATIC, BASE, "thrown", "(" + interpreterType + "Ldev/kindling/runtime/JSException;"
                + frameType + ")Ldev/kindling/runtime/JSException;", false);
        m.visitInsn(ATHROW);
        m.visitLabel(onOther);
        m.visitVarInsn(ASTORE, thrown);
        m.visitVarInsn(ALOAD, interpreter);
        m.visitVarInsn(ALOAD, frame);
        m.visitMethodInsn(INVOKESTATIC, BASE, "leaveFrame", "(" + interpreterType + frameType + ")V", false);
        m.visitVarInsn(ALOAD, thrown);
        m.visitInsn(ATHROW);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    /**
     * CompiledFunction.runWithArguments (the generic entry's and OSR's): run() with the formal
     * parameters taken from the argument array, undefined where it is shorter.
     */
    private void emitRunWithArguments(ClassWriter cw) {
        final int interpreter = 1, frame = 2, args = 3;
        MethodVisitor m = cw.visitMethod(ACC_PROTECTED | ACC_FINAL, "runWithArguments",
                RUN_WITH_ARGUMENTS_DESCRIPTOR, null, null);
        m.visitCode();
        m.visitVarInsn(ALOAD, 0);
        m.visitVarInsn(ALOAD, interpreter);
        m.visitVarInsn(ALOAD, frame);
        m.visitVarInsn(ALOAD, args);
        for (int i = 0; i < fixed; i++) {
            Label missing = new Label();
            Label done = new Label();
            iconst(m, i);
            m.visitVarInsn(ALOAD, args);
            m.visitInsn(ARRAYLENGTH);
            m.visitJumpInsn(IF_ICMPGE, missing);
            m.visitVarInsn(ALOAD, args);
            iconst(m, i);
            m.visitInsn(AALOAD);
            m.visitJumpInsn(GOTO, done);
            m.visitLabel(missing);
            m.visitFieldInsn(GETSTATIC, ODDBALL, "UNDEFINED", "L" + ODDBALL + ";");
            m.visitLabel(done);
        }
        m.visitMethodInsn(INVOKEVIRTUAL, className, "run", runDescriptor(), false);
        m.visitInsn(ARETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    private static void iconst(MethodVisitor m, int i) {
        if (i <= 5) {
            m.visitInsn(ICONST_0 + i);
        } else {
            m.visitIntInsn(i <= Byte.MAX_VALUE ? BIPUSH : SIPUSH, i);
        }
    }

    // ---- locals ----

    private int local(Node n) {
        Integer l = locals.get(n);
        if (l == null) {
            l = nextLocal;
            nextLocal += n.representation() == ValueRepresentation.FLOAT64 ? 2 : 1;
            locals.put(n, l);
        }
        return l;
    }

    void load(Node n) {
        mv.visitVarInsn(switch (n.representation()) {
            case INT32, BIT -> ILOAD;
            case FLOAT64 -> DLOAD;
            default -> ALOAD;
        }, local(n));
    }

    private void store(Node n) {
        mv.visitVarInsn(switch (n.representation()) {
            case INT32, BIT -> ISTORE;
            case FLOAT64 -> DSTORE;
            default -> ASTORE;
        }, local(n));
    }

    /** Pushes `n` as a tagged value (boxing an int32, float64 or bit). */
    void loadTagged(Node n) {
        load(n);
        switch (n.representation()) {
            case INT32 -> mv.visitMethodInsn(INVOKESTATIC, NUMBERS, "smi", "(I)Ljava/lang/Integer;", false);
            case FLOAT64 -> mv.visitMethodInsn(INVOKESTATIC, NUMBERS, "normalize", "(D)Ljava/lang/Object;", false);
            case BIT -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Boolean", "valueOf", "(Z)Ljava/lang/Boolean;", false);
            default -> {
            }
        }
    }

    void pushInt(int i) {
        push(i);
    }

    /** A fresh int local for an intermediate result (never shared, so never mistyped). */
    int scratchInt() {
        return nextLocal++;
    }

    int scratchObject() {
        return nextLocal++;
    }

    int scratchLong() {
        int l = nextLocal;
        nextLocal += 2;
        return l;
    }

    /** Pushes constant-table entry `value` (added on first use). */
    private void loadFromTable(Object value) {
        mv.visitFieldInsn(GETSTATIC, className, "K", "[Ljava/lang/Object;");
        push(constantIndex(value));
        mv.visitInsn(AALOAD);
    }

    /** The index of `value` in the constant table, added if it is not there yet. */
    private int constantIndex(Object value) {
        for (int i = 0; i < constants.size(); i++) {
            if (constants.get(i) == value) {
                return i;
            }
        }
        constants.add(value);
        return constants.size() - 1;
    }

    private void push(int i) {
        if (i >= -1 && i <= 5) {
            mv.visitInsn(ICONST_0 + i);
        } else if (i >= Byte.MIN_VALUE && i <= Byte.MAX_VALUE) {
            mv.visitIntInsn(BIPUSH, i);
        } else if (i >= Short.MIN_VALUE && i <= Short.MAX_VALUE) {
            mv.visitIntInsn(SIPUSH, i);
        } else {
            mv.visitLdcInsn(i);
        }
    }

    private void pushTaggedConstant(Object v) {
        if (v == Oddball.UNDEFINED || v == Oddball.NULL || v == Oddball.THE_HOLE) {
            String field = v == Oddball.UNDEFINED ? "UNDEFINED" : v == Oddball.NULL ? "NULL" : "THE_HOLE";
            mv.visitFieldInsn(GETSTATIC, ODDBALL, field, "L" + ODDBALL + ";");
        } else if (v instanceof Boolean b) {
            mv.visitFieldInsn(GETSTATIC, "java/lang/Boolean", b ? "TRUE" : "FALSE", "Ljava/lang/Boolean;");
        } else if (v instanceof String s && s.length() < 16_000) {
            mv.visitLdcInsn(s);
        } else if (v instanceof Integer i) {
            push(i);
            mv.visitMethodInsn(INVOKESTATIC, NUMBERS, "smi", "(I)Ljava/lang/Integer;", false);
        } else {
            loadFromTable(v);
        }
    }

    /** Writes the bytecode offset the node came from into the frame (before a call out). */
    private void markPosition(Node n) {
        loadFrame(n);
        push(n.bytecodeOffset());
        mv.visitFieldInsn(PUTFIELD, FRAME, "bytecodeOffset", "I");
    }

    /**
     * Pushes the frame `n` runs in: the compiled function's OptimizedFrame, or for a node of an
     * inlined callee the frame its EnterInlinedFrame pushed (a value in a local like any other).
     */
    private void loadFrame(Node n) {
        if (n.inlinedFrame() == null) {
            mv.visitVarInsn(ALOAD, FRAME_LOCAL);
        } else if (elided.contains(n.inlinedFrame())) {
            throw new IllegalStateException(n.opcode() + " reads its inlined frame, which was elided (observesFrame)");
        } else {
            load(n.inlinedFrame());
        }
    }

    /**
     * The inlined frames nothing can observe, which the code does not push (V8 pushes none, and
     * expands its optimized frame into the inlined ones only when it walks the stack).
     *
     * A frame is observed only by what runs while it is the current one and reads the stack:
     * a node that calls into the runtime or throws (it writes its position into its frame
     * first, markPosition, and may make an Error, call JS, print a call-site message) and a
     * kept inlined frame of a callee inlined into it (its caller link, and its EnterInlinedFrame
     * writes the call's position). A deopt does not read the inlined frames: it pops whatever
     * stands above the compiled function's frame and rebuilds every interpreter frame from the
     * exit's values (Deoptimizer.resumeInlined). So an inlined callee whose body is only
     * arithmetic, checks, field and element accesses — a leaf like `mix(a, b)` or a getter —
     * runs with no frame pushed: its EnterInlinedFrame is a call-depth check (the same
     * RangeError at the same depth as a pushed frame would give), its LeaveInlinedFrame nothing.
     */
    private static java.util.Set<Node> elidedFrames(Graph graph) {
        java.util.Set<Node> enters = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.Set<Node> observed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (BasicBlock b : graph.blocks()) {
            List<Node> nodes = new ArrayList<>(b.nodes());
            if (b.control() != null) {
                nodes.add(b.control());
            }
            for (Node n : nodes) {
                if (n.opcode() == Opcode.EnterInlinedFrame) {
                    enters.add(n);
                }
                if (n.inlinedFrame() != null && observesFrame(n)) {
                    observed.add(n.inlinedFrame());
                }
            }
        }
        enters.removeAll(observed);
        return enters;
    }

    /** Whether `n` reads or writes the frame it runs in (see elidedFrames). */
    private static boolean observesFrame(Node n) {
        return n instanceof GenericOperation || n instanceof RuntimeAccess || n instanceof HelperCall
                || n instanceof CallNode || n.opcode() == Opcode.EnterInlinedFrame || n.opcode() == Opcode.Throw
                || n.opcode().effects() == Opcode.Effects.CALL;
    }

    /**
     * EnterInlinedFrame: the caller's position is the call; a frame for the callee is pushed,
     * the reused frame object of its depth (CompiledFunction.enterFrame), so no allocation —
     * or, where nothing can observe it (elidedFrames), only the depth checked.
     */
    private void emitEnterInlinedFrame(dev.kindling.optimizer.ir.InlinedFrame n) {
        markPosition(n);
        if (elided.contains(n)) {
            mv.visitVarInsn(ALOAD, INTERPRETER);
            mv.visitMethodInsn(INVOKEVIRTUAL, INTERPRETER_CLASS, "checkCallDepth", "()V", false);
            mv.visitInsn(ACONST_NULL); // the node's value, the frame: none
            return;
        }
        mv.visitVarInsn(ALOAD, INTERPRETER);
        loadFromTable(n.closure());
        mv.visitTypeInsn(CHECKCAST, CLOSURE);
        loadTagged(n.input(0));
        if (n.isConstruct()) {
            loadFromTable(n.closure()); // new.target: the constructor itself (`new F(...)`)
            mv.visitTypeInsn(CHECKCAST, JSOBJECT);
        } else {
            mv.visitInsn(ACONST_NULL);
        }
        mv.visitMethodInsn(INVOKESTATIC, BASE, "enterFrame", "(L" + INTERPRETER_CLASS + ";L" + CLOSURE
                + ";Ljava/lang/Object;L" + JSOBJECT + ";)L" + FRAME + ";", false);
    }

    private void emitLeaveInlinedFrame(Node n) {
        if (elided.contains(n.input(0))) {
            return;
        }
        mv.visitVarInsn(ALOAD, INTERPRETER);
        load(n.input(0));
        mv.visitMethodInsn(INVOKEVIRTUAL, INTERPRETER_CLASS, "popFrame", "(" + JSFRAME + ")V", false);
    }

    // ---- deopt exits ----

    /**
     * Emits the failure path of a check: records a new exit for `reason` and jumps to the
     * check's FrameState exit with the exit id and the failed value (`failed`, or null).
     */
    private void fail(Node check, DeoptReason reason, Node failed) {
        FrameState state = check.frameState();
        Label exit = exitLabels.computeIfAbsent(state, s -> new Label());
        int id = exits.size();
        exits.add(exitFor(id, state, reason, check));
        push(id);
        mv.visitVarInsn(ISTORE, exitIdLocal);
        if (failed != null) {
            loadTagged(failed);
        } else {
            mv.visitInsn(ACONST_NULL);
        }
        mv.visitVarInsn(ASTORE, failedLocal);
        mv.visitJumpInsn(GOTO, exit);
    }

    /** The exit of a check with `state`; in an inlined callee, with the caller frames around it. */
    private DeoptExit exitFor(int id, FrameState state, DeoptReason reason, Node check) {
        JSClosure function = (JSClosure) state.function();
        BytecodeArray bytecode = function == null ? graph.bytecode() : function.shared().bytecode();
        FeedbackVector vector = function == null ? feedback : function.feedbackVector();
        List<DeoptExit.CallerFrame> callers = new ArrayList<>();
        for (FrameState o = state.outer(); o != null; o = o.outer()) {
            JSClosure caller = (JSClosure) o.function();
            BytecodeIterator it = new BytecodeIterator(caller == null ? graph.bytecode() : caller.shared().bytecode());
            it.setOffset(o.bytecodeOffset());
            callers.add(new DeoptExit.CallerFrame(caller, o.bytecodeOffset(), it.nextOffset(), liveRegisters(o),
                    o.isAfterConstruct()));
        }
        if (check.opcode() == Opcode.LazyDeoptPoint) {
            // named by the call it follows (the node's offset), not by where it resumes
            return new DeoptExit(id, state.bytecodeOffset(), reason, bytecodeAt(bytecode, check.bytecodeOffset()).name(),
                    "", false, liveRegisters(state), function, callers, check.bytecodeOffset());
        }
        // A check of OSR code's entry (OsrPrologue) names the entry value, not a bytecode.
        boolean osrEntry = check.inputCount() > 0 && check.input(0).opcode() == Opcode.OsrValue;
        return new DeoptExit(id, state.bytecodeOffset(), reason, osrEntry
                ? "OSR entry value " + check.input(0).details()
                : bytecodeAt(bytecode, state.bytecodeOffset()).name(),
                osrEntry ? "" : feedbackAt(bytecode, vector, state.bytecodeOffset()), false, liveRegisters(state),
                function, callers, -1);
    }

    private static java.util.BitSet liveRegisters(FrameState state) {
        java.util.BitSet live = new java.util.BitSet();
        for (int i = 0; i < state.registerCount(); i++) {
            if (state.register(i) != null) {
                live.set(i);
            }
        }
        return live;
    }

    /** Under --deopt-every-n-times: `if (stressDeopt()) deopt "for testing"` before a check. */
    private void stressCheck(Node check) {
        if (!stress) {
            return;
        }
        Label go = new Label();
        mv.visitVarInsn(ALOAD, THIS);
        mv.visitMethodInsn(INVOKEVIRTUAL, BASE, "stressDeopt", "()Z", false);
        mv.visitJumpInsn(IFEQ, go);
        fail(check, DeoptReason.ForTesting, null);
        mv.visitLabel(go);
    }

    /**
     * Opens the JVM try range of a node that may throw inside a JS try range (its exception
     * state): a JSException thrown by the code up to closeTry goes to a catch stub, which takes
     * the exit to the interpreter's handler. Returns the range's end label, or null.
     */
    private Label openTry(Node n) {
        if (n.exceptionState() == null) {
            return null;
        }
        Label start = new Label();
        Label end = new Label();
        Label stub = new Label();
        mv.visitTryCatchBlock(start, end, stub, "dev/kindling/runtime/JSException");
        int id = exits.size();
        exits.add(DeoptExit.toHandler(id, n.exceptionState().bytecodeOffset(),
                bytecodeAt(graph.bytecode(), n.bytecodeOffset()).name(),
                liveRegisters(n.exceptionState())));
        catchStubs.add(new Object[]{stub, id, n.exceptionState()});
        mv.visitLabel(start);
        return end;
    }

    private void closeTry(Label end) {
        if (end != null) {
            mv.visitLabel(end);
        }
    }

    /** The exception on the stack, its exit id, then the state's handler exit. */
    private void emitCatchStub(Label stub, int exitId, FrameState state) {
        mv.visitLabel(stub);
        mv.visitVarInsn(ASTORE, failedLocal);
        push(exitId);
        mv.visitVarInsn(ISTORE, exitIdLocal);
        mv.visitJumpInsn(GOTO, handlerExitLabels.computeIfAbsent(state, s -> new Label()));
    }

    private void emitExit(FrameState state, Label label, String method) {
        mv.visitLabel(label);
        mv.visitVarInsn(ALOAD, THIS);
        mv.visitVarInsn(ALOAD, INTERPRETER);
        mv.visitVarInsn(ALOAD, FRAME_LOCAL);
        mv.visitVarInsn(ALOAD, ARGS);
        mv.visitVarInsn(ILOAD, exitIdLocal);
        pushRegisterFile(state);
        if (state.accumulator() != null) {
            loadTagged(state.accumulator());
        } else {
            mv.visitInsn(ACONST_NULL);
        }
        loadTagged(state.context());
        mv.visitVarInsn(ALOAD, failedLocal);
        String callers = "";
        if (method.equals("deoptimize")) {
            // the caller frames of an inlined callee, innermost first: register file, context
            callers = "[Ljava/lang/Object;";
            push(2 * (state.depth() - 1));
            mv.visitTypeInsn(ANEWARRAY, OBJECT);
            int i = 0;
            for (FrameState o = state.outer(); o != null; o = o.outer(), i += 2) {
                mv.visitInsn(DUP);
                push(i);
                pushRegisterFile(o);
                mv.visitInsn(AASTORE);
                mv.visitInsn(DUP);
                push(i + 1);
                loadTagged(o.context());
                mv.visitInsn(AASTORE);
            }
        }
        mv.visitMethodInsn(INVOKEVIRTUAL, BASE, method, "(Ldev/kindling/interpreter/Interpreter;L" + FRAME
                + ";[Ljava/lang/Object;I[Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;"
                + callers + ")Ljava/lang/Object;", false);
        mv.visitInsn(ARETURN);
    }

    /** A new register file holding `state`'s live registers, boxed (null where dead). */
    private void pushRegisterFile(FrameState state) {
        push(state.registerCount());
        mv.visitTypeInsn(ANEWARRAY, OBJECT);
        for (int i = 0; i < state.registerCount(); i++) {
            Node v = state.register(i);
            if (v != null) {
                mv.visitInsn(DUP);
                push(i);
                loadTagged(v);
                mv.visitInsn(AASTORE);
            }
        }
    }

    private static Bytecode bytecodeAt(BytecodeArray bytecode, int offset) {
        BytecodeIterator it = new BytecodeIterator(bytecode);
        it.setOffset(offset);
        return it.bytecode();
    }

    /** What the feedback of the bytecode at `offset` said when the code was made (for the trace). */
    private static String feedbackAt(BytecodeArray bytecode, FeedbackVector feedback, int offset) {
        BytecodeIterator it = new BytecodeIterator(bytecode);
        it.setOffset(offset);
        Bytecode op = it.bytecode();
        if (op.operandCount() == 0 || op.isJump()) {
            return "";
        }
        int slot = it.operand(op.operandCount() - 1); // a feedback slot is the last operand where there is one
        if (slot < 0 || slot >= feedback.metadata().entryCount()) {
            return "";
        }
        Object entry = feedback.get(slot);
        if (entry instanceof dev.kindling.ic.BinaryOperationFeedback f) {
            return f.hint().name();
        }
        if (entry instanceof dev.kindling.ic.CompareOperationFeedback f) {
            return f.hint().name();
        }
        if (entry instanceof dev.kindling.ic.CallFeedback f) {
            return f.state().name().toLowerCase();
        }
        if (entry instanceof dev.kindling.ic.PropertyFeedback f) {
            return f.state().name().toLowerCase();
        }
        return "";
    }

    // ---- nodes ----

    private void emit(Node n) {
        if (n.opcode().canDeopt()) {
            stressCheck(n);
        }
        Label tryEnd = openTry(n);
        emitNode(n);
        closeTry(tryEnd);
    }

    private void emitNode(Node n) {
        switch (n.opcode()) {
            case Constant -> pushTaggedConstant(((Constant) n).value());
            case Int32Constant -> push(((Constant) n).int32Value());
            case Float64Constant -> mv.visitLdcInsn(((Constant) n).float64Value());
            case Parameter -> emitParameter((EntryValue) n);
            case OsrValue -> emitOsrValue((EntryValue) n);
            case FunctionContext -> {
                mv.visitVarInsn(ALOAD, FRAME_LOCAL);
                mv.visitMethodInsn(INVOKEVIRTUAL, FRAME, "function", "()Ldev/kindling/interpreter/JSClosure;", false);
                mv.visitMethodInsn(INVOKEVIRTUAL, "dev/kindling/interpreter/JSClosure", "context",
                        "()Ldev/kindling/interpreter/Context;", false);
            }
            case Closure -> {
                mv.visitVarInsn(ALOAD, FRAME_LOCAL);
                mv.visitMethodInsn(INVOKEVIRTUAL, FRAME, "function", "()Ldev/kindling/interpreter/JSClosure;", false);
            }
            case NewTarget -> {
                Label none = new Label();
                Label done = new Label();
                mv.visitVarInsn(ALOAD, FRAME_LOCAL);
                mv.visitMethodInsn(INVOKEVIRTUAL, FRAME, "newTarget", "()Ldev/kindling/runtime/JSObject;", false);
                mv.visitInsn(DUP);
                mv.visitJumpInsn(IFNULL, none);
                mv.visitJumpInsn(GOTO, done);
                mv.visitLabel(none);
                mv.visitInsn(POP);
                pushTaggedConstant(Oddball.UNDEFINED);
                mv.visitLabel(done);
            }
            case CheckMaps -> {
                emitCheckMaps((CheckMaps) n);
                return;
            }
            case CheckValue -> {
                Label ok = new Label();
                load(n.input(0));
                loadFromTable(((CheckValue) n).expected());
                mv.visitJumpInsn(IF_ACMPEQ, ok);
                fail(n, n.deoptReason(), n.input(0));
                mv.visitLabel(ok);
                return;
            }
            case CheckValueEqualsString -> {
                Label ok = new Label();
                mv.visitLdcInsn(((CheckValue) n).expected());
                load(n.input(0));
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "equals", "(Ljava/lang/Object;)Z", false);
                mv.visitJumpInsn(IFNE, ok);
                fail(n, DeoptReason.WrongValue, n.input(0));
                mv.visitLabel(ok);
                return;
            }
            case LazyDeoptPoint -> {
                // V8 redirects the return into the deoptimizer; here the code asks after the call.
                Label ok = new Label();
                mv.visitVarInsn(ALOAD, THIS);
                mv.visitMethodInsn(INVOKEVIRTUAL, BASE, "isDependencyBroken", "()Z", false);
                mv.visitJumpInsn(IFEQ, ok);
                fail(n, DeoptReason.Unknown, null);
                mv.visitLabel(ok);
                return;
            }
            case LoadArrayLength -> {
                Label ok = new Label();
                int length = scratchInt();
                load(n.input(0));
                helper("arrayLength", "(Ljava/lang/Object;)I");
                mv.visitVarInsn(ISTORE, length);
                mv.visitVarInsn(ILOAD, length);
                mv.visitJumpInsn(IFGE, ok);
                fail(n, DeoptReason.LostPrecision, null);
                mv.visitLabel(ok);
                mv.visitVarInsn(ILOAD, length);
            }
            case LoadElement -> {
                Label ok = new Label();
                Label hole = new Label();
                int element = scratchObject();
                load(n.input(0));
                load(n.input(1));
                helper("loadElement", "(Ljava/lang/Object;I)Ljava/lang/Object;");
                mv.visitVarInsn(ASTORE, element);
                mv.visitVarInsn(ALOAD, element);
                mv.visitJumpInsn(IFNONNULL, ok);
                load(n.input(0));
                load(n.input(1));
                helper("isInBounds", "(Ljava/lang/Object;I)Z");
                mv.visitJumpInsn(IFNE, hole);
                fail(n, DeoptReason.OutOfBounds, n.input(1));
                mv.visitLabel(hole);
                fail(n, DeoptReason.Hole, n.input(1));
                mv.visitLabel(ok);
                mv.visitVarInsn(ALOAD, element);
            }
            case StoreElement -> {
                Label ok = new Label();
                load(n.input(0));
                load(n.input(1));
                loadTagged(n.input(2));
                helper("storeElement", "(Ljava/lang/Object;ILjava/lang/Object;)Z");
                mv.visitJumpInsn(IFNE, ok);
                fail(n, DeoptReason.OutOfBounds, n.input(1));
                mv.visitLabel(ok);
                return;
            }
            case LoadTaggedField -> {
                load(n.input(0));
                mv.visitTypeInsn(CHECKCAST, JSOBJECT);
                push(((FieldAccess) n).slot());
                mv.visitMethodInsn(INVOKEVIRTUAL, JSOBJECT, "slotValue", "(I)Ljava/lang/Object;", false);
            }
            case StoreTaggedField -> {
                load(n.input(0));
                mv.visitTypeInsn(CHECKCAST, JSOBJECT);
                push(((FieldAccess) n).slot());
                loadTagged(n.input(1));
                mv.visitMethodInsn(INVOKEVIRTUAL, JSOBJECT, "setSlotValue", "(ILjava/lang/Object;)V", false);
                return;
            }
            case GenericBinaryOperation, GenericCompareOperation, GenericUnaryOperation -> emitGeneric((GenericOperation) n);
            case LoadNamedGeneric, SetNamedGeneric, GetKeyedGeneric, SetKeyedGeneric, LoadGlobal, StoreGlobal,
                 LoadLookupSlot, StoreLookupSlot,
                 LoadContextSlot, StoreContextSlot -> {
                emitRuntimeAccess((RuntimeAccess) n);
                if (!n.producesValue()) {
                    return;
                }
            }
            case Call, Construct, ConstructWithSpread -> emitCall((CallNode) n);
            case CallKnownJSFunction -> emitCallKnown((CallNode) n);
            case EnterInlinedFrame -> emitEnterInlinedFrame((dev.kindling.optimizer.ir.InlinedFrame) n);
            case FastNewObject -> {
                markPosition(n);
                loadFromTable(((HelperCall) n).constant());
                mv.visitMethodInsn(INVOKESTATIC, BASE, "fastNewObject", "(Ljava/lang/Object;)Ljava/lang/Object;", false);
            }
            case ConvertReceiver -> {
                markPosition(n);
                loadTagged(n.input(0));
                loadFromTable(((HelperCall) n).constant());
                mv.visitMethodInsn(INVOKESTATIC, BASE, "convertReceiver", "(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;", false);
            }
            case LeaveInlinedFrame -> emitLeaveInlinedFrame(n);
            case CreateFunctionContext, CreateBlockContext, CreateClosure, CreateObjectLiteral, CreateArrayLiteral,
                 CreateRegExpLiteral, CreateEmptyObjectLiteral, CreateEmptyArrayLiteral, DefineNamedOwnProperty, StaInArrayLiteral,
                 ToString, CallRuntime, ThrowReferenceErrorIfHole, CreateUnmappedArguments, CreateRestParameter, GetSuperConstructor,
                 ThrowIfNotSuperConstructor, ThrowSuperNotCalledIfHole, ThrowSuperAlreadyCalledIfNotHole -> {
                emitHelper((HelperCall) n);
                if (!n.producesValue()) {
                    return;
                }
            }
            default -> {
                if (!Arithmetic.emit(this, mv, n) && !Elements.emit(this, mv, n)) {
                    throw new IllegalStateException("no code for " + n.opcode());
                }
            }
        }
        if (n.producesValue()) {
            store(n);
        }
    }

    /**
     * An OSR entry value: frame.osrValues holds the replaced interpreter frame's register file,
     * then its accumulator and its context (CompiledFunction.enterAtLoop).
     */
    private void emitOsrValue(EntryValue v) {
        int registers = graph.bytecode().parameterCount() + graph.bytecode().registerCount();
        int index = switch (v.index()) {
            case EntryValue.ACCUMULATOR -> registers;
            case EntryValue.CONTEXT -> registers + 1;
            default -> v.index();
        };
        mv.visitVarInsn(ALOAD, FRAME_LOCAL);
        mv.visitFieldInsn(GETFIELD, FRAME, "osrValues", "[Ljava/lang/Object;");
        push(index);
        mv.visitInsn(AALOAD);
    }

    private void emitParameter(EntryValue p) {
        if (p.index() == 0) {
            mv.visitVarInsn(ALOAD, FRAME_LOCAL);
            mv.visitMethodInsn(INVOKEVIRTUAL, FRAME, "receiver", "()Ljava/lang/Object;", false);
            return;
        }
        if (fixed > 0) { // a JVM parameter of run() (runWithArguments and callDirect pad with undefined)
            mv.visitVarInsn(ALOAD, FIRST_PARAMETER + p.index() - 1);
            return;
        }
        // args[i - 1] if passed, else undefined (over MAX_FIXED_PARAMETERS formals)
        Label missing = new Label();
        Label done = new Label();
        push(p.index() - 1);
        mv.visitVarInsn(ALOAD, ARGS);
        mv.visitInsn(ARRAYLENGTH);
        mv.visitJumpInsn(IF_ICMPGE, missing);
        mv.visitVarInsn(ALOAD, ARGS);
        push(p.index() - 1);
        mv.visitInsn(AALOAD);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(missing);
        pushTaggedConstant(Oddball.UNDEFINED);
        mv.visitLabel(done);
    }

    private void emitCheckMaps(CheckMaps n) {
        Label ok = new Label();
        load(n.input(0));
        mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "shapeOf", "(Ljava/lang/Object;)Ljava/lang/Object;", false);
        for (int i = 0; i < n.shapes().size(); i++) {
            if (i < n.shapes().size() - 1) {
                mv.visitInsn(DUP);
            }
            loadFromTable(n.shapes().get(i));
            if (i < n.shapes().size() - 1) {
                Label next = new Label();
                mv.visitJumpInsn(IF_ACMPNE, next);
                mv.visitInsn(POP);
                mv.visitJumpInsn(GOTO, ok);
                mv.visitLabel(next);
            } else {
                mv.visitJumpInsn(IF_ACMPEQ, ok);
            }
        }
        fail(n, DeoptReason.WrongMap, n.input(0));
        mv.visitLabel(ok);
    }

    private void emitGeneric(GenericOperation n) {
        markPosition(n);
        push(n.bytecode().code());
        for (Node in : n.inputs()) {
            loadTagged(in);
        }
        String name = switch (n.opcode()) {
            case GenericBinaryOperation -> "binary";
            case GenericCompareOperation -> "compare";
            default -> "unary";
        };
        String descriptor = n.inputCount() == 1 ? "(ILjava/lang/Object;)Ljava/lang/Object;"
                : "(ILjava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;";
        mv.visitMethodInsn(INVOKESTATIC, SUPPORT, name, descriptor, false);
    }

    private void emitRuntimeAccess(RuntimeAccess n) {
        markPosition(n);
        String o = "Ljava/lang/Object;";
        String interp = "Ldev/kindling/interpreter/Interpreter;";
        switch (n.opcode()) {
            case LoadGlobal -> {
                mv.visitVarInsn(ALOAD, INTERPRETER);
                mv.visitLdcInsn(n.name());
                push(n.flag() ? 1 : 0);
                mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "loadGlobal", "(" + interp + "Ljava/lang/String;Z)" + o, false);
            }
            case StoreGlobal -> {
                mv.visitVarInsn(ALOAD, INTERPRETER);
                mv.visitLdcInsn(n.name());
                loadTagged(n.input(0));
                push(n.flag() ? 1 : 0);
                mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "storeGlobal", "(" + interp + "Ljava/lang/String;" + o + "Z)V", false);
            }
            case LoadLookupSlot -> {
                mv.visitVarInsn(ALOAD, INTERPRETER);
                loadTagged(n.input(0));
                mv.visitLdcInsn(n.name());
                push(n.flag() ? 1 : 0);
                mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "loadLookupSlot", "(" + interp + o + "Ljava/lang/String;Z)" + o, false);
            }
            case StoreLookupSlot -> {
                mv.visitVarInsn(ALOAD, INTERPRETER);
                loadTagged(n.input(0));
                mv.visitLdcInsn(n.name());
                loadTagged(n.input(1));
                push(n.flag() ? 1 : 0);
                mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "storeLookupSlot", "(" + interp + o + "Ljava/lang/String;" + o + "Z)V", false);
            }
            case LoadNamedGeneric -> {
                mv.visitVarInsn(ALOAD, INTERPRETER);
                loadTagged(n.input(0));
                pushTaggedConstant(n.name());
                mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "getNamed", "(" + interp + o + o + ")" + o, false);
            }
            case SetNamedGeneric -> {
                loadTagged(n.input(0));
                pushTaggedConstant(n.name());
                loadTagged(n.input(1));
                push(n.flag() ? 1 : 0);
                mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "setNamed", "(" + o + o + o + "Z)V", false);
            }
            case GetKeyedGeneric -> {
                mv.visitVarInsn(ALOAD, INTERPRETER);
                loadTagged(n.input(0));
                loadTagged(n.input(1));
                mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "getKeyed", "(" + interp + o + o + ")" + o, false);
            }
            case SetKeyedGeneric -> {
                loadTagged(n.input(0));
                loadTagged(n.input(1));
                loadTagged(n.input(2));
                push(n.flag() ? 1 : 0);
                mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "setKeyed", "(" + o + o + o + "Z)V", false);
            }
            case LoadContextSlot -> {
                loadTagged(n.input(0));
                push(n.depth());
                push(n.index());
                mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "loadContextSlot", "(" + o + "II)" + o, false);
            }
            case StoreContextSlot -> {
                loadTagged(n.input(0));
                push(n.depth());
                push(n.index());
                loadTagged(n.input(1));
                mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "storeContextSlot", "(" + o + "II" + o + ")V", false);
            }
            default -> throw new IllegalStateException(n.opcode().name());
        }
    }

    private void emitHelper(HelperCall n) {
        markPosition(n);
        String o = "Ljava/lang/Object;";
        String interp = "Ldev/kindling/interpreter/Interpreter;";
        switch (n.opcode()) {
            case CreateFunctionContext -> {
                loadTagged(n.input(0));
                loadFromTable(n.constant());
                push(n.immediate());
                helper("newFunctionContext", "(" + o + o + "I)" + o);
            }
            case CreateBlockContext -> {
                loadTagged(n.input(0));
                loadFromTable(n.constant());
                helper("newBlockContext", "(" + o + o + ")" + o);
            }
            case CreateClosure -> {
                mv.visitVarInsn(ALOAD, INTERPRETER);
                loadFrame(n);
                loadFromTable(n.constant());
                loadTagged(n.input(0));
                push(n.immediate());
                helper("newClosure", "(" + interp + "Ldev/kindling/interpreter/JsFrame;" + o + o + "I)" + o);
            }
            case CreateRegExpLiteral -> {
                mv.visitVarInsn(ALOAD, INTERPRETER);
                loadFrame(n); // its function's feedback vector holds the literal slot
                loadFromTable(n.constant());
                push(n.immediate());
                helper("createRegExpLiteral", "(" + interp + "Ldev/kindling/interpreter/JsFrame;" + o + "I)" + o);
            }
            case CreateObjectLiteral, CreateArrayLiteral -> {
                mv.visitVarInsn(ALOAD, INTERPRETER);
                loadFromTable(n.constant());
                helper(n.opcode() == Opcode.CreateObjectLiteral ? "createObjectLiteral" : "createArrayLiteral",
                        "(" + interp + o + ")" + o);
            }
            case CreateEmptyObjectLiteral, CreateEmptyArrayLiteral -> {
                mv.visitVarInsn(ALOAD, INTERPRETER);
                helper(n.opcode() == Opcode.CreateEmptyObjectLiteral ? "createEmptyObjectLiteral"
                        : "createEmptyArrayLiteral", "(" + interp + ")" + o);
            }
            case DefineNamedOwnProperty -> {
                loadTagged(n.input(0));
                pushTaggedConstant(n.constant());
                loadTagged(n.input(1));
                helper("defineNamedOwnProperty", "(" + o + o + o + ")V");
            }
            case StaInArrayLiteral -> {
                loadTagged(n.input(0));
                loadTagged(n.input(1));
                loadTagged(n.input(2));
                helper("staInArrayLiteral", "(" + o + o + o + ")V");
            }
            case ToString -> {
                loadTagged(n.input(0));
                helper("toStringValue", "(" + o + ")" + o);
            }
            case CallRuntime -> {
                mv.visitVarInsn(ALOAD, INTERPRETER);
                loadFromTable(n.constant());
                push(n.inputCount());
                mv.visitTypeInsn(ANEWARRAY, OBJECT);
                for (int i = 0; i < n.inputCount(); i++) {
                    mv.visitInsn(DUP);
                    push(i);
                    loadTagged(n.input(i));
                    mv.visitInsn(AASTORE);
                }
                helper("callRuntime", "(" + interp + o + "[" + o + ")" + o);
            }
            case GetSuperConstructor -> {
                loadTagged(n.input(0));
                helper("superConstructor", "(" + o + ")" + o);
            }
            case ThrowIfNotSuperConstructor -> {
                loadTagged(n.input(0));
                loadFrame(n);
                helper("checkSuperConstructor", "(" + o + "Ldev/kindling/interpreter/JsFrame;)V");
            }
            case ThrowSuperNotCalledIfHole, ThrowSuperAlreadyCalledIfNotHole -> {
                loadTagged(n.input(0));
                helper(n.opcode() == Opcode.ThrowSuperNotCalledIfHole ? "throwSuperNotCalledIfHole"
                        : "throwSuperAlreadyCalledIfNotHole", "(" + o + ")V");
            }
            case CreateUnmappedArguments -> {
                mv.visitVarInsn(ALOAD, INTERPRETER);
                mv.visitVarInsn(ALOAD, ARGS);
                helper("createUnmappedArguments", "(" + interp + "[" + o + ")" + o);
            }
            case CreateRestParameter -> {
                mv.visitVarInsn(ALOAD, INTERPRETER);
                mv.visitVarInsn(ALOAD, ARGS);
                push(n.immediate());
                helper("createRestParameter", "(" + interp + "[" + o + "I)" + o);
            }
            case ThrowReferenceErrorIfHole -> {
                loadTagged(n.input(0));
                pushTaggedConstant(n.constant());
                helper("throwReferenceErrorIfHole", "(" + o + o + ")V");
            }
            default -> throw new IllegalStateException(n.opcode().name());
        }
    }

    private void helper(String name, String descriptor) {
        mv.visitMethodInsn(INVOKESTATIC, SUPPORT, name, descriptor, false);
    }

    private void emitCall(CallNode n) {
        markPosition(n);
        mv.visitVarInsn(ALOAD, INTERPRETER);
        loadFrame(n);
        loadTagged(n.input(0));
        loadTagged(n.input(1));
        push(n.argumentCount());
        mv.visitTypeInsn(ANEWARRAY, OBJECT);
        for (int i = 0; i < n.argumentCount(); i++) {
            mv.visitInsn(DUP);
            push(i);
            loadTagged(n.input(2 + i));
            mv.visitInsn(AASTORE);
        }
        String o = "Ljava/lang/Object;";
        mv.visitMethodInsn(INVOKESTATIC, SUPPORT, switch (n.opcode()) {
                    case Call -> "call";
                    case Construct -> "construct";
                    default -> "constructWithSpread";
                },
                "(Ldev/kindling/interpreter/Interpreter;Ldev/kindling/interpreter/JsFrame;" + o + o
                        + "[Ljava/lang/Object;)" + o, false);
    }

    /**
     * CallKnownJSFunction: `invokedynamic` of type (JSClosure, receiver, arguments...)Object,
     * linked by CallLinker to the callee's DirectCallSites — its current code, which HotSpot
     * can inline here (see DirectCallSites for why). The arguments stay JVM values of a fixed
     * descriptor up to the site's target.
     */
    private void emitCallKnown(CallNode n) {
        markPosition(n);
        int target = constantIndex(n.target());
        mv.visitFieldInsn(GETSTATIC, className, "K", "[Ljava/lang/Object;");
        push(target);
        mv.visitInsn(AALOAD);
        mv.visitTypeInsn(CHECKCAST, CallLinker.CLOSURE);
        for (int i = 1; i < n.inputCount(); i++) {
            loadTagged(n.input(i));
        }
        mv.visitInvokeDynamicInsn("call", DirectCallSites.type(n.argumentCount()).toMethodDescriptorString(),
                CallLinker.BOOTSTRAP, target);
    }

    /** For Arithmetic: the failure path of an arithmetic check, for one of its conditions. */
    void failArithmetic(Node check, DeoptReason reason) {
        fail(check, reason, null);
    }

    /** For Elements: the failure path of a check, naming `failed` as the value that failed. */
    void failWith(Node check, DeoptReason reason, Node failed) {
        fail(check, reason, failed);
    }

    /** For Arithmetic: the failure path of a conversion check, naming the value that failed. */
    void failConversion(Node check, DeoptReason reason) {
        fail(check, reason, check.input(0));
    }

    // ---- control ----

    private void emitControl(BasicBlock b) {
        ControlNode c = b.control();
        switch (c.opcode()) {
            case Jump, JumpLoop -> {
                emitPhiCopies(b, 0);
                mv.visitJumpInsn(GOTO, labels.get(c.successors().get(0)));
            }
            case Branch -> {
                BasicBlock ifTrue = c.successors().get(0);
                BasicBlock ifFalse = c.successors().get(1);
                Label trueEdge = new Label();
                load(c.input(0));
                mv.visitJumpInsn(IFNE, trueEdge);
                emitPhiCopies(b, 1);
                mv.visitJumpInsn(GOTO, labels.get(ifFalse));
                mv.visitLabel(trueEdge);
                emitPhiCopies(b, 0);
                mv.visitJumpInsn(GOTO, labels.get(ifTrue));
            }
            case Return -> {
                loadTagged(c.input(0));
                mv.visitInsn(ARETURN);
            }
            case Deopt -> fail(c, c.deoptReason(), null);
            case Throw -> {
                markPosition(c);
                Label tryEnd = openTry(c);
                loadTagged(c.input(0));
                helper("throwValue", "(Ljava/lang/Object;)Ldev/kindling/runtime/JSException;");
                mv.visitInsn(ATHROW);
                closeTry(tryEnd);
            }
            case Switch -> {
                int cases = c.successors().size() - 1;
                Label[] caseLabels = new Label[cases];
                for (int i = 0; i < cases; i++) {
                    caseLabels[i] = new Label();
                }
                Label fallThrough = new Label();
                loadTagged(c.input(0));
                push(c.caseBase());
                push(cases);
                helper("switchIndex", "(Ljava/lang/Object;II)I");
                if (cases > 0) {
                    mv.visitTableSwitchInsn(0, cases - 1, fallThrough, caseLabels);
                } else {
                    mv.visitInsn(POP);
                }
                mv.visitLabel(fallThrough);
                emitPhiCopies(b, cases);
                mv.visitJumpInsn(GOTO, labels.get(c.successors().get(cases)));
                for (int i = 0; i < cases; i++) {
                    mv.visitLabel(caseLabels[i]);
                    emitPhiCopies(b, i);
                    mv.visitJumpInsn(GOTO, labels.get(c.successors().get(i)));
                }
            }
            default -> throw new IllegalStateException(c.opcode().name());
        }
    }

    /** The parallel copy into the phis of `b`'s successor number `slot`. */
    private void emitPhiCopies(BasicBlock b, int slot) {
        ControlNode c = b.control();
        BasicBlock succ = c.successors().get(slot);
        if (succ.phis().isEmpty()) {
            return;
        }
        int occurrence = 0;
        for (int s = 0; s < slot; s++) {
            if (c.successors().get(s) == succ) {
                occurrence++;
            }
        }
        int index = -1;
        for (int i = 0, seen = 0; i < succ.predecessors().size(); i++) {
            if (succ.predecessors().get(i) == b && seen++ == occurrence) {
                index = i;
                break;
            }
        }
        List<Phi> phis = succ.phis();
        for (Phi phi : phis) {
            load(phi.input(index));
        }
        for (int i = phis.size() - 1; i >= 0; i--) {
            store(phis.get(i));
        }
    }
}
