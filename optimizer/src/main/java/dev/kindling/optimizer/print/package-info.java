/**
 * The IR printers behind {@code --print-ir}: text ({@link dev.kindling.optimizer.print.IrPrinter})
 * and Graphviz ({@link dev.kindling.optimizer.print.DotPrinter}).
 */
package dev.kindling.optimizer.print;
