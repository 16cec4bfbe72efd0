/*
 * The Java face of promises that the interpreter's await builds on: JSPromise.performThen with
 * Java handlers and no result capability, promiseResolve, and the realm's MicrotaskQueue —
 * jobs run only when the queue is drained, in FIFO order, and adopting a thenable costs the
 * spec's extra job.
 */
package dev.kindling.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.runtime.builtins.Builtins;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromiseJobsTest {
    private final Realm realm = Builtins.createRealm(new PrintStream(PrintStream.nullOutputStream()),
            new PrintStream(PrintStream.nullOutputStream()));

    @Test
    void javaHandlersRunAsJobsWhenTheQueueDrains() {
        List<String> log = new ArrayList<>();
        JSPromise promise = JSPromise.create(realm);
        promise.performThen(v -> log.add("fulfilled " + v), r -> log.add("rejected " + r));
        promise.resolve(7);
        assertEquals(List.of(), log, "a reaction never runs synchronously");
        assertEquals(1, realm.microtasks().runMicrotasks());
        assertEquals(List.of("fulfilled 7"), log);
        assertTrue(promise.isHandled());
    }

    @Test
    void promiseResolveKeepsANativePromiseAndWrapsAnythingElse() {
        JSPromise p = JSPromise.create(realm);
        assertSame(p, JSPromise.promiseResolve(realm, p));
        JSPromise wrapped = JSPromise.promiseResolve(realm, "x");
        assertEquals(JSPromise.State.FULFILLED, wrapped.state());
        assertEquals("x", wrapped.result());
    }

    @Test
    void adoptingAPromiseTakesTwoMoreJobsThanAValue() {
        List<String> log = new ArrayList<>();
        JSPromise inner = JSPromise.create(realm);
        inner.resolve("inner");
        JSPromise outer = JSPromise.create(realm);
        outer.resolve(inner); // queues NewPromiseResolveThenableJob
        outer.performThen(v -> log.add("outer " + v), r -> null);
        JSPromise plain = JSPromise.create(realm);
        plain.resolve("plain");
        plain.performThen(v -> log.add("plain " + v), r -> null);
        realm.microtasks().runMicrotasks();
        assertEquals(List.of("plain plain", "outer inner"), log);
    }

    @Test
    void rejectionsWithoutAHandlerReachTheTracker() {
        List<String> events = new ArrayList<>();
        realm.setRejectionTracker(new JSPromise.RejectionTracker() {
            @Override
            public void rejected(JSPromise promise) {
                events.add("rejected #" + promise.id());
            }

            @Override
            public void handled(JSPromise promise) {
                events.add("handled #" + promise.id());
            }
        });
        JSPromise p = JSPromise.create(realm);
        p.reject("no");
        p.performThen(v -> null, r -> null);
        assertEquals(List.of("rejected #" + p.id(), "handled #" + p.id()), events);
    }
}
