/*
 * GENERATED from the bytecode table (Bytecode.java) by OpcodesTest; do not edit. Run
 * OpcodesTest with -Dkindling.regenerate=true after changing the table.
 *
 * Each bytecode's code() as a compile-time int constant, so the interpreter loop can
 * switch on the opcode it reads from the code directly: a `switch` over the enum
 * compiles to a lookup through the enum's ordinal and a synthetic table, two
 * dependent loads more on every bytecode dispatched. V8 has the same numbers as its
 * Bytecode enum (interpreter/bytecodes.h), whose values index the dispatch table.
 */
package dev.kindling.bytecode;

@SuppressWarnings("unused")
public final class Opcodes {
    private Opcodes() {
    }

    public static final int Wide = 0;
    public static final int ExtraWide = 1;
    public static final int LdaZero = 2;
    public static final int LdaSmi = 3;
    public static final int LdaUndefined = 4;
    public static final int LdaNull = 5;
    public static final int LdaTheHole = 6;
    public static final int LdaTrue = 7;
    public static final int LdaFalse = 8;
    public static final int LdaConstant = 9;
    public static final int Ldar = 10;
    public static final int Star = 11;
    public static final int Star15 = 12;
    public static final int Star14 = 13;
    public static final int Star13 = 14;
    public static final int Star12 = 15;
    public static final int Star11 = 16;
    public static final int Star10 = 17;
    public static final int Star9 = 18;
    public static final int Star8 = 19;
    public static final int Star7 = 20;
    public static final int Star6 = 21;
    public static final int Star5 = 22;
    public static final int Star4 = 23;
    public static final int Star3 = 24;
    public static final int Star2 = 25;
    public static final int Star1 = 26;
    public static final int Star0 = 27;
    public static final int Mov = 28;
    public static final int LdaGlobal = 29;
    public static final int LdaGlobalInsideTypeof = 30;
    public static final int StaGlobal = 31;
    public static final int PushContext = 32;
    public static final int PopContext = 33;
    public static final int LdaContextSlot = 34;
    public static final int LdaImmutableContextSlot = 35;
    public static final int LdaCurrentContextSlot = 36;
    public static final int LdaImmutableCurrentContextSlot = 37;
    public static final int StaContextSlot = 38;
    public static final int StaCurrentContextSlot = 39;
    public static final int GetNamedProperty = 40;
    public static final int GetNamedPropertyFromSuper = 41;
    public static final int GetKeyedProperty = 42;
    public static final int SetNamedProperty = 43;
    public static final int DefineNamedOwnProperty = 44;
    public static final int SetKeyedProperty = 45;
    public static final int DefineKeyedOwnPropertyInLiteral = 46;
    public static final int DeletePropertyStrict = 47;
    public static final int DeletePropertySloppy = 48;
    public static final int Add = 49;
    public static final int Sub = 50;
    public static final int Mul = 51;
    public static final int Div = 52;
    public static final int Mod = 53;
    public static final int Exp = 54;
    public static final int BitwiseOr = 55;
    public static final int BitwiseXor = 56;
    public static final int BitwiseAnd = 57;
    public static final int ShiftLeft = 58;
    public static final int ShiftRight = 59;
    public static final int ShiftRightLogical = 60;
    public static final int AddSmi = 61;
    public static final int SubSmi = 62;
    public static final int MulSmi = 63;
    public static final int DivSmi = 64;
    public static final int ModSmi = 65;
    public static final int ExpSmi = 66;
    public static final int BitwiseOrSmi = 67;
    public static final int BitwiseXorSmi = 68;
    public static final int BitwiseAndSmi = 69;
    public static final int ShiftLeftSmi = 70;
    public static final int ShiftRightSmi = 71;
    public static final int ShiftRightLogicalSmi = 72;
    public static final int Inc = 73;
    public static final int Dec = 74;
    public static final int Negate = 75;
    public static final int BitwiseNot = 76;
    public static final int ToBooleanLogicalNot = 77;
    public static final int LogicalNot = 78;
    public static final int TypeOf = 79;
    public static final int ToName = 80;
    public static final int ToNumeric = 81;
    public static final int ToString = 82;
    public static final int TestEqual = 83;
    public static final int TestEqualStrict = 84;
    public static final int TestLessThan = 85;
    public static final int TestGreaterThan = 86;
    public static final int TestLessThanOrEqual = 87;
    public static final int TestGreaterThanOrEqual = 88;
    public static final int TestReferenceEqual = 89;
    public static final int TestInstanceOf = 90;
    public static final int TestIn = 91;
    public static final int TestUndetectable = 92;
    public static final int TestNull = 93;
    public static final int TestUndefined = 94;
    public static final int CreateClosure = 95;
    public static final int CreateFunctionContext = 96;
    public static final int CreateBlockContext = 97;
    public static final int CreateCatchContext = 98;
    public static final int CreateObjectLiteral = 99;
    public static final int CreateEmptyObjectLiteral = 100;
    public static final int CreateArrayLiteral = 101;
    public static final int CreateEmptyArrayLiteral = 102;
    public static final int GetTemplateObject = 103;
    public static final int StaInArrayLiteral = 104;
    public static final int CreateRestParameter = 105;
    public static final int CreateMappedArguments = 106;
    public static final int CreateUnmappedArguments = 107;
    public static final int CallProperty = 108;
    public static final int CallProperty0 = 109;
    public static final int CallProperty1 = 110;
    public static final int CallProperty2 = 111;
    public static final int CallUndefinedReceiver = 112;
    public static final int CallUndefinedReceiver0 = 113;
    public static final int CallUndefinedReceiver1 = 114;
    public static final int CallUndefinedReceiver2 = 115;
    public static final int CallAnyReceiver = 116;
    public static final int CallRuntime = 117;
    public static final int Construct = 118;
    public static final int ConstructWithSpread = 119;
    public static final int GetSuperConstructor = 120;
    public static final int Jump = 121;
    public static final int JumpIfTrue = 122;
    public static final int JumpIfFalse = 123;
    public static final int JumpIfToBooleanTrue = 124;
    public static final int JumpIfToBooleanFalse = 125;
    public static final int JumpIfNull = 126;
    public static final int JumpIfNotNull = 127;
    public static final int JumpIfUndefined = 128;
    public static final int JumpIfNotUndefined = 129;
    public static final int JumpIfUndefinedOrNull = 130;
    public static final int JumpIfJSReceiver = 131;
    public static final int JumpLoop = 132;
    public static final int SwitchOnSmiNoFeedback = 133;
    public static final int ForInEnumerate = 134;
    public static final int ForInPrepare = 135;
    public static final int ForInContinue = 136;
    public static final int ForInNext = 137;
    public static final int ForInStep = 138;
    public static final int GetIterator = 139;
    public static final int Throw = 140;
    public static final int ReThrow = 141;
    public static final int Return = 142;
    public static final int ThrowReferenceErrorIfHole = 143;
    public static final int ThrowSuperNotCalledIfHole = 144;
    public static final int ThrowSuperAlreadyCalledIfNotHole = 145;
    public static final int ThrowIfNotSuperConstructor = 146;
    public static final int Debugger = 147;
    public static final int CreateRegExpLiteral = 148;
    public static final int SwitchOnGeneratorState = 149;
    public static final int SuspendGenerator = 150;
    public static final int ResumeGenerator = 151;
    public static final int GetGeneratorState = 152;
    public static final int LdaLookupSlot = 153;
    public static final int LdaLookupSlotInsideTypeof = 154;
    public static final int LdaLookupGlobalSlot = 155;
    public static final int LdaLookupGlobalSlotInsideTypeof = 156;
    public static final int StaLookupSlot = 157;
    public static final int InvokeIntrinsic = 158;
}
