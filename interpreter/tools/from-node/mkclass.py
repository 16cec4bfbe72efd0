import os, sys, subprocess
# usage: mkclass.py ClassName rowsfile "header comment"
cls, rows, comment = sys.argv[1], sys.argv[2], sys.argv[3]
out = subprocess.run(['node', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gen-rows.js'), rows], capture_output=True, text=True, check=True).stdout.rstrip().rstrip(',')
print(f'''/*
 * {comment}
 *
 * Each row is a JS expression, the same computation done through the realm's builtins from
 * Java, and the value node v20 gives, as util.inspect prints it ("!Name: message" for a
 * throw). The expected strings were produced by running the JS expressions in node.
 */
package dev.kindling.runtime.builtins;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class {cls} {{
    static Stream<Arguments> cases() {{
        return Stream.of(
{out}
        );
    }}

    private static Arguments row(String js, Function<JsHarness, Object> code, String expected) {{
        return Arguments.of(js, code, expected);
    }}

    @ParameterizedTest(name = "{{0}}  ->  {{2}}")
    @MethodSource("cases")
    void matchesNode(String js, Function<JsHarness, Object> code, String expected) {{
        assertEquals(expected, new JsHarness().evaluate(code), js);
    }}
}}''')
