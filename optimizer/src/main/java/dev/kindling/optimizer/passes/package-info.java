/**
 * The optimizing tier's passes, one file each, run in the fixed order of
 * {@link dev.kindling.optimizer.passes.Pipeline}; each file's header states what the pass
 * assumes and what it guarantees, and {@code --print-ir} shows the graph after each.
 */
package dev.kindling.optimizer.passes;
