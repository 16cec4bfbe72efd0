/*
 * The optimizing compiler the engine is given (the interpreter's OptimizingCompiler door):
 * bytecode + feedback → the optimizer's pipeline (graph building and passes) → JVM bytecode
 * (CodeGenerator) → a hidden class (CodeInstaller). Synchronous, on the JS thread: V8 compiles
 * on a background thread; Kindling says "mode: sync" in --trace-opt.
 *
 * What it prints, in V8's words where V8 has them (no heap addresses: the function's name and
 * its source position instead; "KINDLING" is the tier, as V8 prints TURBOFAN or MAGLEV):
 *   --trace-opt   [marking <JSFunction f (file.js:1:1)> for optimization to KINDLING, reason: hot and stable]
 *                 [compiling method <JSFunction f (file.js:1:1)> (target KINDLING), mode: sync]
 *                 [completed compiling <JSFunction f (file.js:1:1)> (target KINDLING) - took 0.8, 3.1, 0.2 ms]
 *                 [aborted optimizing <JSFunction f (file.js:1:1)> because: <why>]
 *                 (for OSR code, compileOsr, " OSR" follows the target or the name, as in V8)
 *   --print-ir, --print-jvm-bytecode, --dump-classes: the IR after each phase, the Textifier
 *                 listing of the generated class, the class files.
 * "took" is graph building, passes and code generation, as V8's three numbers are its
 * prepare, execute and finalize phases.
 *
 * HotSpot never JIT-compiles a method over 8,000 bytes of bytecode (-XX:+DontCompileHugeMethods,
 * on by default), so optimized code that large would run in HotSpot's interpreter, slower than
 * Kindling's: such a function is refused, and the trace says so.
 *
 * Guarantees: compile() returns code with the interpreter's semantics for the function, or null
 * after saying why (with --trace-opt).
 */
package dev.kindling.backend;

import dev.kindling.backend.codegen.CodeGenerator;
import dev.kindling.backend.codegen.CodeInstaller;
import dev.kindling.backend.deopt.Deoptimizer;
import dev.kindling.bytecode.BytecodeIterator;
import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.frontend.ast.Source;
import dev.kindling.interpreter.FeedbackVector;
import dev.kindling.interpreter.InterpreterFrame;
import dev.kindling.interpreter.JSClosure;
import dev.kindling.interpreter.OptimizedCode;
import dev.kindling.interpreter.OptimizingCompiler;
import dev.kindling.interpreter.TieringTrace;
import dev.kindling.optimizer.graph.CompilationAborted;
import dev.kindling.optimizer.graph.Inliner;
import dev.kindling.optimizer.graph.InliningHeuristics;
import dev.kindling.optimizer.graph.OsrEntry;
import dev.kindling.optimizer.ir.Graph;
import dev.kindling.optimizer.passes.Pipeline;
import dev.kindling.optimizer.print.DotPrinter;
import dev.kindling.optimizer.print.IrPrinter;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

public final class KindlingCompiler implements OptimizingCompiler, TieringTrace {
    /** HotSpot's HugeMethodLimit: methods longer than this are never JIT-compiled. */
    public static final int HUGE_METHOD_LIMIT = 8000;

    /**
     * What the compiler prints and does besides compiling, from the flags: where the traces and
     * dumps go (null: off) and which functions the dumps are for ("*" or null: all).
     */
    public record Settings(PrintStream traceOpt, PrintStream traceDeopt, PrintStream printIr, String printIrFilter,
                           Path printIrDotDirectory, PrintStream printJvmBytecode, String printJvmBytecodeFilter,
                           Path dumpClassesDirectory, int deoptEveryNTimes, boolean inlining, boolean stressInline,
                           PrintStream traceInlining) {
        /** Settings with inlining on as by default, untraced. */
        public Settings(PrintStream traceOpt, PrintStream traceDeopt, PrintStream printIr, String printIrFilter,
                        Path printIrDotDirectory, PrintStream printJvmBytecode, String printJvmBytecodeFilter,
                        Path dumpClassesDirectory, int deoptEveryNTimes) {
            this(traceOpt, traceDeopt, printIr, printIrFilter, printIrDotDirectory, printJvmBytecode,
                    printJvmBytecodeFilter, dumpClassesDirectory, deoptEveryNTimes, true, false, null);
        }
    }

    private final Settings settings;
    private final Deoptimizer deoptimizer;
    private int compiled;
    /** Tests: sees each generated class file before it is installed (GeneratedClassVerificationTest); null: none. */
    private java.util.function.Consumer<byte[]> classListener;

    public KindlingCompiler(Settings settings) {
        this.settings = settings;
        this.deoptimizer = new Deoptimizer(settings.traceDeopt(), settings.deoptEveryNTimes());
    }

    public Deoptimizer deoptimizer() {
        return deoptimizer;
    }

    /** For tests: `listener` receives every class file this compiler generates, before it is installed. */
    public void setClassListener(java.util.function.Consumer<byte[]> listener) {
        this.classListener = listener;
    }

    @Override
    public boolean deoptsForTesting() {
        return deoptimizer.stressMode();
    }

    /** How many functions have been compiled so far. */
    public int compiledCount() {
        return compiled;
    }

    @Override
    public OptimizedCode compile(JSClosure function, FeedbackVector feedback) {
        return compile(function, feedback, null);
    }

    /**
     * OSR code for the loop of the JumpLoop at `osrOffset`, entered with `frame`'s values at its
     * header (see OsrPrologue); --trace-opt says "OSR" after the target, as V8 does.
     */
    @Override
    public OptimizedCode compileOsr(JSClosure function, FeedbackVector feedback, InterpreterFrame frame,
                                    int osrOffset) {
        BytecodeIterator it = new BytecodeIterator(function.shared().bytecode());
        it.setOffset(osrOffset);
        Object[] registers = frame.registerFile();
        Object[] values = java.util.Arrays.copyOf(registers, registers.length + 2);
        values[registers.length] = frame.accumulator();
        values[registers.length + 1] = frame.context();
        return compile(function, feedback, new OsrEntry(osrOffset, it.jumpTarget(), values));
    }

    private OptimizedCode compile(JSClosure function, FeedbackVector feedback, OsrEntry osr) {
        SharedFunctionInfo shared = function.shared();
        String who = describe(shared);
        String target = "(target KINDLING)" + (osr != null ? " OSR" : "");
        PrintStream trace = settings.traceOpt();
        if (trace != null) {
            trace.println("[compiling method " + who + " " + target + ", mode: sync]");
        }
        try {
            double[] timing = new double[2];
            Inliner inliner = settings.inlining() ? new Inliner(new InliningHeuristics(settings.stressInline()),
                    settings.traceInlining()) : null;
            String className = (osr != null ? "OptimizedOsr_" : "Optimized_") + javaName(shared.name());
            Graph graph = Pipeline.run(shared, feedback, osr, inliner, (phase, g) -> printPhase(shared, phase, g),
                    timing);
            long t0 = System.nanoTime();
            CodeGenerator.Result result = CodeGenerator.generate(graph, feedback, deoptimizer.stressMode(), className);
            if (result.codeLength() > HUGE_METHOD_LIMIT && inliner != null && inliner.inlinedCalls() > 0) {
                // Inlined callees made it too big for HotSpot: the function alone may not be.
                if (settings.traceInlining() != null) {
                    settings.traceInlining().println("not inlining into " + shared.name() + ": its code would be "
                            + result.codeLength() + " bytes of JVM bytecode, over HotSpot's " + HUGE_METHOD_LIMIT
                            + "; compiling it again without inlining");
                }
                graph = Pipeline.run(shared, feedback, osr, null, (phase, g) -> printPhase(shared, phase, g), timing);
                result = CodeGenerator.generate(graph, feedback, deoptimizer.stressMode(), className);
            }
            if (result.codeLength() > HUGE_METHOD_LIMIT) {
                throw new CompilationAborted("generated method is " + result.codeLength()
                        + " bytes of JVM bytecode, over HotSpot's " + HUGE_METHOD_LIMIT
                        + "-byte limit for JIT compilation (DontCompileHugeMethods)");
            }
            printClass(shared, result);
            if (classListener != null) {
                classListener.accept(result.classFile());
            }
            OptimizedCode code = CodeInstaller.install(result, shared, deoptimizer);
            for (dev.kindling.optimizer.ir.CompilationDependency dependency : graph.dependencies()) {
                dependency.install(code); // V8's CompilationDependencies::Commit
            }
            double codegenMs = (System.nanoTime() - t0) / 1e6;
            compiled++;
            if (trace != null) {
                trace.printf("[completed compiling %s %s - took %.3f, %.3f, %.3f ms]%n", who, target,
                        timing[0], timing[1], codegenMs);
            }
            return code;
        } catch (CompilationAborted e) {
            if (trace != null) {
                trace.println("[aborted optimizing " + who + (osr != null ? " OSR" : "") + " because: "
                        + e.getMessage() + "]");
            }
            return null;
        }
    }

    @Override
    public void marked(JSClosure function, String reason) {
        if (settings.traceOpt() != null) {
            settings.traceOpt().println("[marking " + describe(function.shared())
                    + " for optimization to KINDLING, reason: " + reason + "]");
        }
    }

    @Override
    public void gaveUp(JSClosure function, String reason) {
        if (settings.traceOpt() != null) {
            settings.traceOpt().println("[not optimizing " + describe(function.shared()) + " any more, reason: "
                    + reason + "]");
        }
    }

    /** `<JSFunction f (file.js:3:10)>`: V8's way of naming a function, with a position for the address. */
    public static String describe(SharedFunctionInfo shared) {
        Source source = shared.script().source();
        int pos = Math.max(0, shared.sourcePosition());
        String file = source.fileName();
        file = file.substring(file.lastIndexOf('/') + 1);
        String name = shared.name() == null || shared.name().isEmpty() ? "<anonymous>" : shared.name();
        return "<JSFunction " + name + " (" + file + ":" + source.line(pos) + ":" + source.column(pos) + ")>";
    }

    private static boolean matches(String filter, SharedFunctionInfo shared) {
        return filter == null || filter.equals("*") || filter.equals(shared.name());
    }

    private void printPhase(SharedFunctionInfo shared, String phase, Graph graph) {
        if (settings.printIr() != null && matches(settings.printIrFilter(), shared)) {
            settings.printIr().print(IrPrinter.print(graph, phase));
        }
        if (settings.printIrDotDirectory() != null && matches(settings.printIrFilter(), shared)) {
            write(settings.printIrDotDirectory().resolve(javaName(shared.name()) + "-" + compiled + "-" + phase + ".dot"),
                    DotPrinter.print(graph, phase).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private void printClass(SharedFunctionInfo shared, CodeGenerator.Result result) {
        if (settings.printJvmBytecode() != null && matches(settings.printJvmBytecodeFilter(), shared)) {
            PrintWriter w = new PrintWriter(settings.printJvmBytecode(), true);
            w.println("--- JVM bytecode for " + (shared.name() == null || shared.name().isEmpty() ? "<anonymous>"
                    : shared.name()) + " ---");
            new org.objectweb.asm.ClassReader(result.classFile()).accept(
                    new org.objectweb.asm.util.TraceClassVisitor(w), 0);
            w.flush();
        }
        if (settings.dumpClassesDirectory() != null) {
            String simple = result.className().substring(result.className().lastIndexOf('/') + 1);
            write(settings.dumpClassesDirectory().resolve(simple + "-" + compiled + ".class"), result.classFile());
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A function name as a Java identifier part (class and file names). */
    static String javaName(String name) {
        if (name == null || name.isEmpty()) {
            return "anonymous";
        }
        StringBuilder s = new StringBuilder();
        for (char c : name.toCharArray()) {
            s.append(Character.isJavaIdentifierPart(c) ? c : '_');
        }
        return s.toString();
    }
}
