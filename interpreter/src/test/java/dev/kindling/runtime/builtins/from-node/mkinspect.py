import sys
rows = open(sys.argv[1]).read().rstrip().rstrip(',')
cls = sys.argv[2]
comment = sys.argv[3]
method = sys.argv[4]  # "inspect" or "format"
call = 'Inspect.inspect(b.realm, value)' if method == 'inspect' else 'ConsoleFormat.format(b.realm, new Object[] {value}, java.util.Set.of())'
print(f'''/*
 * {comment}
 *
 * Each row: a JS expression; Java that builds the same object graph in a Kindling realm
 * (generated from the value node made, so cycles, holes, accessors and hidden properties
 * are all there); and node v20's output for it, copied verbatim.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.Realm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Function;
import java.util.stream.Stream;

import static dev.kindling.runtime.builtins.ValueBuilder.NULL;
import static dev.kindling.runtime.builtins.ValueBuilder.U;
import static org.junit.jupiter.api.Assertions.assertEquals;

class {cls} {{
    static Stream<Arguments> cases() {{
        return Stream.of(
{rows}
        );
    }}

    private static Arguments row(String js, Function<ValueBuilder, Object> build, String expected) {{
        return Arguments.of(js, build, expected);
    }}

    @ParameterizedTest(name = "{{0}}")
    @MethodSource("cases")
    void printsAsNodeDoes(String js, Function<ValueBuilder, Object> build, String expected) {{
        ValueBuilder b = new ValueBuilder(new Realm(System.out, System.err));
        Object value = build.apply(b);
        assertEquals(expected, {call}, js);
    }}
}}''')
