/**
 * Leaving optimized code (DESIGN.md stage 7): the deopt reasons' table, the exits of a piece of
 * code, the JsFrame optimized code runs in, and the {@link dev.kindling.backend.deopt.Deoptimizer}.
 */
package dev.kindling.backend.deopt;
