/**
 * The engine's views of itself for students, printed in V8's layouts:
 * {@link dev.kindling.diagnostics.FeedbackPrinter} (--print-feedback and the feedback part of
 * %DebugPrint; start reading there) and {@link dev.kindling.diagnostics.IcTraceWriter}
 * (--trace-ic). The bytecode's own printer is dev.kindling.bytecode.Disassembler.
 *
 * <p>This package sits below dev.kindling.interpreter: the interpreter calls the printers
 * (%DebugPrint, the --trace-ic tracer it gives its inline caches), so the printers must not
 * name the interpreter's classes (PackageCycleTest). They read it through two small
 * interfaces of FeedbackPrinter — {@code Feedback}, which the interpreter's FeedbackCell
 * implements, and {@code SourceFunction}, which JSClosure implements — and IcTraceWriter asks
 * the interpreter for the current {@code Site}.
 */
package dev.kindling.diagnostics;
