/*
 * TestMetadata reads test262's YAML block the way the runner needs: includes, flags and
 * features in flow and block form, negative's phase and type, documentation skipped.
 */
package dev.kindling.conformance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestMetadataTest {
    @Test
    void flowListsAndNegative() {
        TestMetadata m = TestMetadata.parse("""
                // Copyright
                /*---
                description: a test
                info: |
                    flags: [not, these]
                    - nor this
                negative:
                  phase: parse
                  type: SyntaxError
                flags: [onlyStrict, generated]
                features: [class, 'Symbol.iterator']
                includes: [compareArray.js, propertyHelper.js]
                ---*/
                $DONOTEVALUATE();
                """);
        assertEquals(List.of("compareArray.js", "propertyHelper.js"), m.includes());
        assertEquals(List.of("onlyStrict", "generated"), m.flags());
        assertEquals(List.of("class", "Symbol.iterator"), m.features());
        assertEquals("parse", m.negativePhase());
        assertEquals("SyntaxError", m.negativeType());
        assertTrue(m.isNegative());
    }

    @Test
    void blockListsAndNoBlock() {
        TestMetadata m = TestMetadata.parse("""
                /*---
                esid: sec-x
                includes:
                  - asyncHelpers.js
                  - "compareArray.js"
                flags: [async]
                ---*/
                """);
        assertEquals(List.of("asyncHelpers.js", "compareArray.js"), m.includes());
        assertTrue(m.hasFlag("async"));
        assertFalse(m.isNegative());
        TestMetadata none = TestMetadata.parse("assert(true);");
        assertTrue(none.flags().isEmpty());
        assertNull(none.negativeType());
    }

    @Test
    void modesFollowTheFlags() {
        assertEquals(List.of("sloppy", "strict"), Test262.modes(TestMetadata.parse("/*---\n---*/")));
        assertEquals(List.of("strict"), Test262.modes(TestMetadata.parse("/*---\nflags: [onlyStrict]\n---*/")));
        assertEquals(List.of("sloppy"), Test262.modes(TestMetadata.parse("/*---\nflags: [raw]\n---*/")));
        assertEquals("built-ins/Array", Test262.directoryOf("built-ins/Array/prototype/map/x.js"));
    }
}
