/*
 * One generated function and how the program exercises it: the warm-up call (an expression in
 * the loop variable i, always on the type the function is meant to get hot on) and the calls
 * that then bring it other types.
 *
 * Assumes: source declares exactly `name` (plus, for a closure, the IIFE that makes it).
 * Guarantees: nothing beyond holding the parts; HotFunctions makes them, ProgramGenerator lays
 * them out.
 */
package dev.kindling.cli.difftest;

import java.util.List;

record HotFunction(String name, String kind, String source, String warmCall, List<String> oddCalls,
    boolean numericParams) {}
