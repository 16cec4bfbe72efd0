/*
 * THE bytecode table: every bytecode Kindling has, with its operands and its use of the
 * accumulator. The generator, the interpreter, the disassembler and the tests all read this
 * one enum; nothing else lists bytecodes (Opcodes, their codes as int constants for the
 * interpreter's switch, is generated from this enum and checked by OpcodesTest).
 *
 * The model is V8's Ignition (src/interpreter/bytecodes.h): an accumulator machine with a
 * register file. Names, operand order and meaning follow V8 wherever V8 has a bytecode for
 * the same job, so `--print-bytecode` can be read beside node's. Differences from V8:
 *  - The opcode numbers (the first hex byte of each line) are Kindling's own: the enum order
 *    here, not V8's. Mnemonics and operands are what to compare.
 *
 * What a bytecode reads and writes is what its operand types (OperandType: Reg read, RegOut
 * written, ...) and its AccumulatorUse say, with these exceptions, which the liveness analysis
 * (analysis/BytecodeLiveness) also knows from this table:
 *  - Star0..Star15 write their register without an operand (shortStarRegister);
 *  - every bytecode may read the current context and the closure (<context>, <closure>),
 *    PushContext and PopContext write the current context: those two are outside the register
 *    file and always live, as in V8, where the frame state always carries them;
 *  - the handler of a try range receives the exception in the accumulator and restores the
 *    context from its context register (HandlerTable), with no bytecode saying so;
 *  - CreateMappedArguments, CreateUnmappedArguments and CreateRestParameter read the
 *    arguments as passed (readsArgumentList: the frame's argument list, or context slots),
 *    never registers.
 *
 * Operand notation in the comments: r = register, [i] = index (constant pool or feedback
 * slot), #f = flag, acc = accumulator.
 */
package dev.kindling.bytecode;

import static dev.kindling.bytecode.AccumulatorUse.NONE;
import static dev.kindling.bytecode.AccumulatorUse.READ;
import static dev.kindling.bytecode.AccumulatorUse.READ_WRITE;
import static dev.kindling.bytecode.AccumulatorUse.WRITE;
import static dev.kindling.bytecode.OperandType.Flag8;
import static dev.kindling.bytecode.OperandType.Idx;
import static dev.kindling.bytecode.OperandType.Imm;
import static dev.kindling.bytecode.OperandType.IntrinsicId;
import static dev.kindling.bytecode.OperandType.Reg;
import static dev.kindling.bytecode.OperandType.RegCount;
import static dev.kindling.bytecode.OperandType.RegList;
import static dev.kindling.bytecode.OperandType.RegOut;
import static dev.kindling.bytecode.OperandType.RegInOut;
import static dev.kindling.bytecode.OperandType.RegPair;
import static dev.kindling.bytecode.OperandType.RegOutPair;
import static dev.kindling.bytecode.OperandType.RegOutTriple;
import static dev.kindling.bytecode.OperandType.RuntimeId;
import static dev.kindling.bytecode.OperandType.UImm;

public enum Bytecode {
    // ---- prefixes: scale the operands of the next bytecode to 2 or 4 bytes ----
    Wide(NONE),
    ExtraWide(NONE),

    // ---- loading the accumulator ----
    LdaZero(WRITE),
    LdaSmi(WRITE, Imm),
    LdaUndefined(WRITE),
    LdaNull(WRITE),
    LdaTheHole(WRITE),
    LdaTrue(WRITE),
    LdaFalse(WRITE),
    /** acc = constant pool [i] (a string or a non-Smi number). */
    LdaConstant(WRITE, Idx),

    // ---- registers ----
    Ldar(WRITE, Reg),
    Star(READ, RegOut),
    /** Short Star: one byte for the store to r0..r15 (V8's "short star" bytecodes). */
    Star15(15), Star14(14), Star13(13), Star12(12), Star11(11), Star10(10), Star9(9), Star8(8),
    Star7(7), Star6(6), Star5(5), Star4(4), Star3(3), Star2(2), Star1(1), Star0(0),
    Mov(NONE, Reg, RegOut),

    // ---- globals: name [i], feedback slot [s] ----
    LdaGlobal(WRITE, Idx, Idx),
    LdaGlobalInsideTypeof(WRITE, Idx, Idx),
    StaGlobal(READ, Idx, Idx),

    // ---- contexts: the heap frames of captured variables ----
    /** Saves the current context to r, makes the context in acc current. */
    PushContext(READ, RegOut),
    /** Makes the context saved in r current again. */
    PopContext(NONE, Reg),
    /** acc = slot [i] of the context `depth` levels up from the context in r. */
    LdaContextSlot(WRITE, Reg, Idx, UImm),
    LdaImmutableContextSlot(WRITE, Reg, Idx, UImm),
    LdaCurrentContextSlot(WRITE, Idx),
    LdaImmutableCurrentContextSlot(WRITE, Idx),
    StaContextSlot(READ, Reg, Idx, UImm),
    StaCurrentContextSlot(READ, Idx),

    // ---- properties: object r, name [i], feedback slot [s] ----
    GetNamedProperty(WRITE, Reg, Idx, Idx),
    /** acc = property [i] found from the [[Prototype]] of the home object in acc, read with receiver r; slot [s]. */
    GetNamedPropertyFromSuper(READ_WRITE, Reg, Idx, Idx),
    /** acc = r[acc]. */
    GetKeyedProperty(READ_WRITE, Reg, Idx),
    SetNamedProperty(READ, Reg, Idx, Idx),
    /** Defines an own data property (object literals), never calling setters. */
    DefineNamedOwnProperty(READ, Reg, Idx, Idx),
    /** r1[r2] = acc. */
    SetKeyedProperty(READ, Reg, Reg, Idx),
    /** Object literal with a computed key: defines r1[r2] = acc; flag #1 = function name. */
    DefineKeyedOwnPropertyInLiteral(READ, Reg, Reg, Flag8, Idx),
    /** acc = delete r[acc]. */
    DeletePropertyStrict(READ_WRITE, Reg),
    DeletePropertySloppy(READ_WRITE, Reg),

    // ---- binary operators: acc = r op acc, feedback slot [s] ----
    Add(READ_WRITE, Reg, Idx),
    Sub(READ_WRITE, Reg, Idx),
    Mul(READ_WRITE, Reg, Idx),
    Div(READ_WRITE, Reg, Idx),
    Mod(READ_WRITE, Reg, Idx),
    Exp(READ_WRITE, Reg, Idx),
    BitwiseOr(READ_WRITE, Reg, Idx),
    BitwiseXor(READ_WRITE, Reg, Idx),
    BitwiseAnd(READ_WRITE, Reg, Idx),
    ShiftLeft(READ_WRITE, Reg, Idx),
    ShiftRight(READ_WRITE, Reg, Idx),
    ShiftRightLogical(READ_WRITE, Reg, Idx),

    // ---- binary operators with a Smi right operand: acc = acc op imm ----
    AddSmi(READ_WRITE, Imm, Idx),
    SubSmi(READ_WRITE, Imm, Idx),
    MulSmi(READ_WRITE, Imm, Idx),
    DivSmi(READ_WRITE, Imm, Idx),
    ModSmi(READ_WRITE, Imm, Idx),
    ExpSmi(READ_WRITE, Imm, Idx),
    BitwiseOrSmi(READ_WRITE, Imm, Idx),
    BitwiseXorSmi(READ_WRITE, Imm, Idx),
    BitwiseAndSmi(READ_WRITE, Imm, Idx),
    ShiftLeftSmi(READ_WRITE, Imm, Idx),
    ShiftRightSmi(READ_WRITE, Imm, Idx),
    ShiftRightLogicalSmi(READ_WRITE, Imm, Idx),

    // ---- unary operators ----
    Inc(READ_WRITE, Idx),
    Dec(READ_WRITE, Idx),
    Negate(READ_WRITE, Idx),
    BitwiseNot(READ_WRITE, Idx),
    /** acc = !ToBoolean(acc). */
    ToBooleanLogicalNot(READ_WRITE),
    /** acc = !acc for an acc known to be a boolean. */
    LogicalNot(READ_WRITE),
    TypeOf(READ_WRITE),
    /** r = ToPropertyKey(acc): an object pattern's computed key, converted once (V8's ToName). */
    ToName(READ, RegOut),
    /** acc = ToNumeric(acc) (postfix ++/-- keep the old value converted). */
    ToNumeric(READ_WRITE, Idx),
    /** acc = ToString(acc) (template literal substitutions). */
    ToString(READ_WRITE),

    // ---- comparisons: acc = r op acc, feedback slot [s] ----
    TestEqual(READ_WRITE, Reg, Idx),
    TestEqualStrict(READ_WRITE, Reg, Idx),
    TestLessThan(READ_WRITE, Reg, Idx),
    TestGreaterThan(READ_WRITE, Reg, Idx),
    TestLessThanOrEqual(READ_WRITE, Reg, Idx),
    TestGreaterThanOrEqual(READ_WRITE, Reg, Idx),
    /** acc = (r is acc): identity, as V8 compares the token of a finally block. */
    TestReferenceEqual(READ_WRITE, Reg),
    TestInstanceOf(READ_WRITE, Reg, Idx),
    TestIn(READ_WRITE, Reg, Idx),
    /** acc = (acc == null), i.e. null or undefined. */
    TestUndetectable(READ_WRITE),
    TestNull(READ_WRITE),
    TestUndefined(READ_WRITE),

    // ---- closures, contexts and literals ----
    /** acc = new closure of shared function info [i]; feedback cell [s]; flags #f. */
    CreateClosure(WRITE, Idx, Idx, Flag8),
    /** acc = new function context for scope [i] with [n] variable slots (after the 2 header slots). */
    CreateFunctionContext(WRITE, Idx, UImm),
    CreateBlockContext(WRITE, Idx),
    /** acc = new catch context for scope [i] holding the exception in r. */
    CreateCatchContext(WRITE, Reg, Idx),
    /** acc = a copy of boilerplate [i]; literal slot [s]; flags #f. */
    CreateObjectLiteral(WRITE, Idx, Idx, Flag8),
    CreateEmptyObjectLiteral(WRITE),
    CreateArrayLiteral(WRITE, Idx, Idx, Flag8),
    CreateEmptyArrayLiteral(WRITE, Idx),
    /**
     * acc = the template object of the tagged-template site [i] (a TemplateObjectDescription):
     * made once per site and realm, then the same frozen array every time (§13.2.8.4). V8
     * caches it in a feedback slot (a second operand); Kindling keys its cache by the site.
     */
    GetTemplateObject(WRITE, Idx),
    /** Array literal element: r1[r2] = acc, defining (never calling setters). */
    StaInArrayLiteral(READ, Reg, Reg, Idx),

    /** acc = an array of the arguments past the formal parameters (a rest parameter `...xs`). */
    CreateRestParameter(WRITE),
    /** acc = a sloppy-mode arguments object whose elements alias the parameters of scope [i]. */
    CreateMappedArguments(WRITE, Idx),
    /** acc = a strict-mode arguments object: a copy of the arguments. */
    CreateUnmappedArguments(WRITE),

    // ---- calls: callee r, arguments in a register list, feedback slot [s] ----
    CallProperty(WRITE, Reg, RegList, RegCount, Idx),
    CallProperty0(WRITE, Reg, Reg, Idx),
    CallProperty1(WRITE, Reg, Reg, Reg, Idx),
    CallProperty2(WRITE, Reg, Reg, Reg, Reg, Idx),
    CallUndefinedReceiver(WRITE, Reg, RegList, RegCount, Idx),
    CallUndefinedReceiver0(WRITE, Reg, Idx),
    CallUndefinedReceiver1(WRITE, Reg, Reg, Idx),
    CallUndefinedReceiver2(WRITE, Reg, Reg, Reg, Idx),
    CallAnyReceiver(WRITE, Reg, RegList, RegCount, Idx),
    /** acc = runtime function [id](registers) — also how %Natives(...) calls compile. */
    CallRuntime(WRITE, RuntimeId, RegList, RegCount),
    /** acc = new r(args); new.target in acc. */
    Construct(READ_WRITE, Reg, RegList, RegCount, Idx),
    /** acc = new r(args...) where the last argument register is spread; new.target in acc. */
    ConstructWithSpread(READ_WRITE, Reg, RegList, RegCount, Idx),
    /** r = [[GetPrototypeOf]] of the function in acc: the super constructor of a derived class. */
    GetSuperConstructor(READ, RegOut),

    // ---- jumps: forward distance [d] from this bytecode's start ----
    Jump(NONE, UImm),
    JumpIfTrue(READ, UImm),
    JumpIfFalse(READ, UImm),
    JumpIfToBooleanTrue(READ, UImm),
    JumpIfToBooleanFalse(READ, UImm),
    JumpIfNull(READ, UImm),
    JumpIfNotNull(READ, UImm),
    JumpIfUndefined(READ, UImm),
    JumpIfNotUndefined(READ, UImm),
    JumpIfUndefinedOrNull(READ, UImm),
    JumpIfJSReceiver(READ, UImm),
    /**
     * Backward jump of [d] to a loop header; loop depth [n]; feedback slot [s]. Spends [d] of the
     * function's interrupt budget when a compiler is given (see TieringManager).
     */
    JumpLoop(NONE, UImm, Imm, Idx),
    /** Jumps through jump table [i] of [n] entries by the Smi in acc minus [base]; else falls through. */
    SwitchOnSmiNoFeedback(READ, Idx, UImm, Imm),

    // ---- for-in ----
    /** acc = the enumerable keys of r (V8 returns a cache type; we return the key list). */
    ForInEnumerate(WRITE, Reg),
    /** From the keys in acc, fills r, r+1, r+2 with (keys, keys, count). */
    ForInPrepare(READ, RegOutTriple, Idx),
    /** acc = (index r1 < count r2). */
    ForInContinue(WRITE, Reg, Reg),
    /** acc = key at index r2 of receiver r1 from the (keys,...) pair r3 (read), or undefined if deleted. */
    ForInNext(WRITE, Reg, Reg, RegPair, Idx),
    /** r = r + 1. */
    ForInStep(NONE, RegInOut),

    // ---- iteration ----
    /** acc = r[Symbol.iterator](), checked to be an object ([0] its load, [1] its call, as V8's). */
    GetIterator(WRITE, Reg, Idx, Idx),

    // ---- control ----
    Throw(READ),
    ReThrow(READ),
    /** Returns acc; spends its own offset of the interrupt budget when a compiler is given (see TieringManager). */
    Return(READ),
    /** Throws ReferenceError "<name [i]> is not defined"/TDZ if acc is the hole. */
    ThrowReferenceErrorIfHole(READ, Idx),
    /** ReferenceError "Must call super constructor in derived class..." if acc is the hole. */
    ThrowSuperNotCalledIfHole(READ),
    /** ReferenceError "Super constructor may only be called once" unless acc is the hole. */
    ThrowSuperAlreadyCalledIfNotHole(READ),
    /** TypeError "Super constructor X of Y is not a constructor" unless r is a constructor. */
    ThrowIfNotSuperConstructor(NONE, Reg),
    Debugger(NONE),

    // ---- added after the numbering above was pinned by the goldens (the opcode byte is
    // ---- printed): V8 keeps this one with the other literals ----
    /**
     * acc = a new RegExp for pattern [i] (a string constant) with flags #f (V8's JSRegExp::Flags
     * bits, RegExpFlags.bits); literal slot [s] caches the compiled pattern, V8's boilerplate.
     */
    CreateRegExpLiteral(WRITE, Idx, Idx, Flag8),

    // ---- generators (V8's names and operands; appended, so the opcode bytes above stay put) ----
    // A generator function starts with SwitchOnGeneratorState; a first call falls through to
    // make the generator object and suspend at once (the initial yield), and every resumption
    // (next/return/throw) runs the same frame again from offset 0, where the switch jumps to the
    // ResumeGenerator after the SuspendGenerator that suspended it. See generator/YieldGenerator.
    /**
     * If the generator in r is undefined (the function's first call), falls through; else marks
     * it running and jumps through jump table [i] of [n] entries by the suspend id it was left
     * at. V8 restores the context saved in the generator here; Kindling's generator keeps its
     * whole InterpreterFrame, context included, so there is nothing to restore.
     */
    SwitchOnGeneratorState(NONE, Reg, Idx, UImm),
    /**
     * Suspends the generator in r at suspend id [n]: it keeps this InterpreterFrame (registers,
     * context, accumulator, offset) and the function returns acc to whoever resumed it. V8 also
     * names the registers r0-rN it copies into the generator's register file; Kindling keeps
     * the frame itself, so there is no list to copy.
     */
    SuspendGenerator(READ, Reg, UImm),
    /**
     * acc = the value the generator in r was resumed with (next's argument, return's value or
     * throw's exception). V8 restores the saved registers here; Kindling's are still in the frame.
     */
    ResumeGenerator(WRITE, Reg),
    /**
     * acc = how the generator in r was resumed, as a Smi: 0 next, 1 return, 2 throw
     * (JSGeneratorObject.ResumeMode; V8 reads it with InvokeIntrinsic [_GeneratorGetResumeMode]).
     */
    GetGeneratorState(WRITE, Reg),

    // ---- names a sloppy direct eval may bind at run time: name [i], looked up through the contexts ----
    // (Kindling's have no depth or feedback operand: each walks the whole chain, see DirectEval.)
    /** acc = the binding `name` finds from the current context outward: a context variable, an eval's var, a global. */
    LdaLookupSlot(WRITE, Idx),
    LdaLookupSlotInsideTypeof(WRITE, Idx),
    /** As LdaLookupSlot, for a name that resolved statically to no declaration (a global, unless an eval declares it). */
    LdaLookupGlobalSlot(WRITE, Idx),
    LdaLookupGlobalSlotInsideTypeof(WRITE, Idx),
    /** The binding `name` finds = acc; flag #1: strict code (an unresolvable name is a ReferenceError). */
    StaLookupSlot(READ, Idx, Flag8),

    // ---- async functions and async generators (appended, so the opcode bytes above stay put) ----
    /**
     * acc = intrinsic [_id](registers): V8's InvokeIntrinsic, a runtime call the generator emits
     * for await and async returns (Intrinsic; see generator/AwaitGenerator).
     */
    InvokeIntrinsic(WRITE, IntrinsicId, RegList, RegCount),

    // ---- with statements (last, so the codes above stay put) ----
    /** r = ToObject(acc) (§7.1.18): the object of `with (acc)`; TypeError for undefined and null. */
    ToObject(READ, RegOut),
    /** acc = new with context for scope [i] whose binding object is r (V8's CreateWithContext). */
    CreateWithContext(WRITE, Reg, Idx),
    /**
     * r_out, r_out+1 = the two values runtime function [id](registers) returns (V8's
     * CallRuntimeForPair): [LoadLookupSlotForCall] gives a callee and its receiver.
     */
    CallRuntimeForPair(NONE, RuntimeId, RegList, RegCount, RegOutPair);

    private static final Bytecode[] VALUES = values();

    private final AccumulatorUse accumulatorUse;
    private final OperandType[] operandTypes;
    /** For Star0..Star15, the register stored to; else -1. */
    private final int shortStarRegister;

    Bytecode(AccumulatorUse accumulatorUse, OperandType... operandTypes) {
        this.accumulatorUse = accumulatorUse;
        this.operandTypes = operandTypes;
        this.shortStarRegister = -1;
    }

    Bytecode(int shortStarRegister) {
        this.accumulatorUse = READ;
        this.operandTypes = new OperandType[0];
        this.shortStarRegister = shortStarRegister;
    }

    public static Bytecode fromByte(int value) {
        return VALUES[value & 0xFF];
    }

    public int code() {
        return ordinal();
    }

    public AccumulatorUse accumulatorUse() {
        return accumulatorUse;
    }

    public int operandCount() {
        return operandTypes.length;
    }

    public OperandType operandType(int i) {
        return operandTypes[i];
    }

    public boolean isShortStar() {
        return shortStarRegister >= 0;
    }

    public int shortStarRegister() {
        return shortStarRegister;
    }

    /** The short Star for register r0..r15. */
    public static Bytecode shortStar(int register) {
        return VALUES[Star0.ordinal() - register];
    }

    public boolean isPrefix() {
        return this == Wide || this == ExtraWide;
    }

    /** Forward jumps with a distance operand (first operand). */
    public boolean isForwardJump() {
        return ordinal() >= Jump.ordinal() && ordinal() <= JumpIfJSReceiver.ordinal();
    }

    public boolean isJump() {
        return isForwardJump() || this == JumpLoop;
    }

    /** Jumps taken whatever the accumulator holds (V8's IsUnconditionalJump). */
    public boolean isUnconditionalJump() {
        return this == Jump || this == JumpLoop;
    }

    /** Jumps that may fall through to the next bytecode instead (V8's IsConditionalJump). */
    public boolean isConditionalJump() {
        return isJump() && !isUnconditionalJump();
    }

    /** Jumps through a jump table in the constant pool (V8's IsSwitch); they may fall through. */
    public boolean isSwitch() {
        return this == SwitchOnSmiNoFeedback || this == SwitchOnGeneratorState;
    }

    /** Leaves the function normally (V8's Returns, which counts a generator's suspension too). */
    public boolean returns() {
        return this == Return || this == SuspendGenerator;
    }

    /** Always throws (V8's UnconditionallyThrows). */
    public boolean unconditionallyThrows() {
        return this == Throw || this == ReThrow;
    }

    /** Size in bytes of this bytecode with its operands at the given scale, prefix excluded. */
    public int size(int scale) {
        int size = 1;
        for (OperandType t : operandTypes) {
            size += t.size(scale);
        }
        return size;
    }

    /**
     * Bytecodes that neither throw nor call out (V8's IsWithoutExternalSideEffects, the same
     * members: loads into the accumulator and between registers, the comparisons that cannot
     * call, jumps that convert nothing, the switch, Return): an exception never leaves one, so
     * within a try range its handler needs nothing kept alive for it.
     */
    public boolean isWithoutExternalSideEffects() {
        return switch (this) {
            case Ldar, LdaZero, LdaSmi, LdaNull, LdaTrue, LdaFalse, LdaUndefined, LdaTheHole, LdaConstant,
                 LdaContextSlot, LdaCurrentContextSlot, LdaImmutableContextSlot, LdaImmutableCurrentContextSlot,
                 Star, Mov, PushContext, PopContext,
                 TestReferenceEqual, TestUndetectable, TestNull, TestUndefined,
                 SwitchOnSmiNoFeedback, Return -> true;
            case JumpIfToBooleanTrue, JumpIfToBooleanFalse, JumpLoop -> false;
            default -> isShortStar() || isJump();
        };
    }

    /**
     * Bytecodes that read the arguments exactly as passed (more or fewer than the formal
     * parameters), not the parameter registers: an arguments object or a rest parameter.
     */
    public boolean readsArgumentList() {
        return this == CreateMappedArguments || this == CreateUnmappedArguments || this == CreateRestParameter;
    }

    /** Bytecodes after which control never falls through to the next one. */
    public boolean isUnconditionalExit() {
        return isUnconditionalJump() || returns() || unconditionallyThrows();
    }
}
