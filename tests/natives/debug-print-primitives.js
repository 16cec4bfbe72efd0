// %DebugPrint prints a primitive with its type (a Smi as V8 prints it) and returns its argument.
const x = %DebugPrint(42);
console.log(x + 1);
%DebugPrint(-1);
%DebugPrint(0.5);
%DebugPrint('kindling');
%DebugPrint(true);
%DebugPrint(null);
