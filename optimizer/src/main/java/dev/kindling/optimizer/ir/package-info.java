/**
 * The optimizing tier's IR: a control-flow graph of basic blocks holding SSA value nodes, as
 * Maglev's (src/maglev/maglev-ir.h). Every node kind is listed once, in {@link Opcode}; node
 * classes are per small family (constants, conversions, int32 arithmetic, ...). A node that
 * can deoptimize carries the {@link FrameState} the interpreter resumes from.
 */
package dev.kindling.optimizer.ir;
