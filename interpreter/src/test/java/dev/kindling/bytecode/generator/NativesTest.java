/*
 * The natives table and its checks: only RuntimeFunction entries marked callable from JS are
 * natives (the engine's internal runtime functions are not reachable with %), each with its
 * argument count; the SyntaxError caret goes under the call's closing parenthesis, found past
 * nested calls, strings and comments.
 */
package dev.kindling.bytecode.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.kindling.bytecode.RuntimeFunction;
import org.junit.jupiter.api.Test;

class NativesTest {
    @Test
    void theNativesAreTheRuntimeFunctionsMarkedCallableFromJs() {
        assertSame(RuntimeFunction.HaveSameMap, RuntimeFunction.lookupNative("HaveSameMap"));
        assertEquals(2, RuntimeFunction.HaveSameMap.argumentCount());
        assertEquals(1, RuntimeFunction.lookupNative("DebugPrint").argumentCount());
        assertNull(RuntimeFunction.lookupNative("DeleteGlobal"), "internal runtime functions are not natives");
        assertEquals(-1, RuntimeFunction.lookupNative("OptimizeFunctionOnNextCall").argumentCount(), "f[, mode], as V8");
        assertEquals(0, RuntimeFunction.lookupNative("IsBeingInterpreted").argumentCount());
        assertNull(RuntimeFunction.lookupNative("OptimizeMaglevOnNextCall"), "V8's natives Kindling lacks are unknown");
        assertNull(RuntimeFunction.lookupNative("havesamemap"), "names are case-sensitive");
    }

    @Test
    void theCaretGoesUnderTheClosingParenthesisOfTheCall() {
        String text = "x = %HaveSameMap(f(1), \")\" /* ) */) + 1";
        assertEquals(text.lastIndexOf(')'), Natives.closingParen(text, text.indexOf('%')));
        String template = "%DebugPrint(`(${a})`)";
        assertEquals(template.length() - 1, Natives.closingParen(template, 0));
        String lineComment = "%DebugPrint(a // )\n)";
        assertEquals(lineComment.length() - 1, Natives.closingParen(lineComment, 0));
    }
}
