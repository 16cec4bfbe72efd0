/*
 * Closures made at one CreateClosure site of one enclosing feedback vector share their
 * FeedbackCell and so one FeedbackVector (V8's closure feedback cells; see FeedbackCell):
 * feedback one of them collects is the other's. Closures of another site, or of the same site
 * under another enclosing vector, have their own.
 */
package dev.kindling.interpreter;

import dev.kindling.diagnostics.FeedbackPrinter;
import dev.kindling.host.Engine;
import dev.kindling.ic.IcState;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedbackCellTest {
    private static final String PROGRAM = """
            function makeGetX() { return function getX(o) { return o.x; }; }
            function makeOtherGetX() { return function getX(o) { return o.x; }; }
            module.exports.makeGetX = makeGetX;
            module.exports.makeOtherGetX = makeOtherGetX;
            module.exports.point = {x: 1};
            module.exports.point3 = {x: 1, y: 2, z: 3};
            """;

    private final PrintStream sink = new PrintStream(new ByteArrayOutputStream());
    private final Engine engine = new Engine(dev.kindling.flags.Flags.defaults(), sink, sink);
    private final JSObject exports = (JSObject) engine.runMainModule(engine.compile(PROGRAM, "cells.js"),
            Path.of("cells.js")).get("exports");

    private JSClosure export(String name) {
        return (JSClosure) exports.get(name);
    }

    private static JSClosure make(JSClosure factory) {
        return (JSClosure) factory.call(Oddball.UNDEFINED, new Object[0]);
    }

    private Object getX(JSClosure getter, String object) {
        return getter.call(Oddball.UNDEFINED, new Object[] {exports.get(object)});
    }

    @Test
    void closuresOfOneSiteShareTheirVectorAndItsFeedback() {
        JSClosure a = make(export("makeGetX"));
        JSClosure b = make(export("makeGetX"));
        assertNotSame(a, b);
        assertSame(a.feedbackCell(), b.feedbackCell());
        assertEquals(FeedbackCell.Closures.MANY, a.feedbackCell().closures());

        assertEquals(1, getX(a, "point"));
        assertTrue(b.hasFeedbackVector(), "b's vector was made by a's first call");
        assertSame(a.feedbackVector(), b.feedbackVector());
        assertEquals(IcState.MONOMORPHIC, b.feedbackVector().property(0).state());

        assertEquals(1, getX(b, "point3"));
        assertEquals(IcState.POLYMORPHIC, a.feedbackVector().property(0).state());
        assertEquals(2, a.feedbackVector().invocationCount());
    }

    @Test
    void closuresOfAnotherSiteHaveTheirOwnVector() {
        JSClosure a = make(export("makeGetX"));
        JSClosure other = make(export("makeOtherGetX"));
        assertNotSame(a.feedbackCell(), other.feedbackCell());
        assertEquals(FeedbackCell.Closures.ONE, other.feedbackCell().closures());
        getX(a, "point");
        assertFalse(other.hasFeedbackVector());
        assertEquals(IcState.UNINITIALIZED, other.feedbackVector().property(0).state());
        assertNotSame(a.feedbackVector(), other.feedbackVector());
    }

    @Test
    void closuresOfOneSiteUnderAnotherEnclosingVectorHaveTheirOwnVector() {
        JSClosure factory = export("makeGetX");
        // A second closure of makeGetX made outside any site: a fresh cell, so a vector of its own,
        // whose closure cells are not the first factory's.
        JSClosure factory2 = engine.interpreter().newClosure(factory.shared(), factory.context());
        assertNotSame(factory.feedbackCell(), factory2.feedbackCell());
        JSClosure a = make(factory);
        JSClosure b = make(factory2);
        assertSame(a.shared(), b.shared());
        assertNotSame(a.feedbackCell(), b.feedbackCell());
        getX(a, "point");
        assertFalse(b.hasFeedbackVector());
        assertEquals(IcState.UNINITIALIZED, b.feedbackVector().property(0).state());
    }

    @Test
    void printFeedbackListsASharedVectorOnce() {
        Interpreter interpreter = engine.interpreter();
        interpreter.recordFeedbackVectors();
        JSClosure factory = interpreter.newClosure(export("makeGetX").shared(), export("makeGetX").context());
        for (int i = 0; i < 3; i++) {
            getX(make(factory), "point");
        }
        assertEquals(2, interpreter.feedbackCells().size(), "the factory's vector and the getters' one");
        String printed = FeedbackPrinter.print(interpreter.feedbackCells());
        assertTrue(printed.contains("[feedback vector of getX (cells.js:1:30), invocations: 3, closures: many]"),
                printed);
    }
}
