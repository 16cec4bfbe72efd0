/*
 * The two queues node drains after every callback (lib/internal/process/task_queues.js):
 * `process.nextTick`'s queue, then V8's microtask queue (promise jobs, queueMicrotask), then
 * the unhandled rejections (PromiseRejections) — node's processTicksAndRejections:
 *
 *     do {
 *       run every queued tick (ticks queued meanwhile too);
 *       run the microtasks until none is left;
 *     } while (a tick was queued by a microtask, or a rejection listener ran);
 *
 * So every nextTick callback queued so far runs before any promise job, and a tick queued
 * by a promise job runs after the microtask queue is empty. A throw out of a tick or a
 * microtask ends the drain, as an exception ends node's; EventLoop reports it and decides
 * what runs after it.
 */
package dev.kindling.host.loop;

import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.MicrotaskQueue;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.Realm;
import dev.kindling.runtime.StackFrameInfo;

import java.util.ArrayDeque;

public final class TaskQueues {
    /** One process.nextTick: the callback, its arguments, where it was queued. */
    private record Tick(JSFunction callback, Object[] args, StackFrameInfo site) {
    }

    /** A throw out of a queueMicrotask callback, on its way to the loop's uncaught handling. */
    static final class MicrotaskThrow extends RuntimeException {
        private final JSException exception;

        MicrotaskThrow(JSException exception) {
            super(null, null, false, false);
            this.exception = exception;
        }

        JSException exception() {
            return exception;
        }
    }

    /** A queueMicrotask callback as a job of the microtask queue. */
    private record CallbackTask(JSFunction callback) implements MicrotaskQueue.Microtask {
        @Override
        public void run() {
            try {
                callback.call(Oddball.UNDEFINED, JSFunction.NO_ARGS);
            } catch (JSException e) {
                throw new MicrotaskThrow(e);
            }
        }

        @Override
        public String kind() {
            return "queueMicrotask";
        }
    }

    private final Realm realm;
    private final ArrayDeque<Tick> ticks = new ArrayDeque<>();
    private final PromiseRejections rejections;
    private final LoopTrace trace;

    TaskQueues(Realm realm, PromiseRejections rejections, LoopTrace trace) {
        this.realm = realm;
        this.rejections = rejections;
        this.trace = trace;
    }

    /** process.nextTick(callback, ...args). */
    public void nextTick(JSFunction callback, Object[] args) {
        ticks.addLast(new Tick(callback, args, trace == null ? null : realm.currentFrame()));
    }

    /** queueMicrotask(callback). */
    public void queueMicrotask(JSFunction callback) {
        realm.microtasks().enqueue(new CallbackTask(callback));
    }

    boolean isEmpty() {
        return ticks.isEmpty() && realm.microtasks().isEmpty();
    }

    /** processTicksAndRejections (see the header); without the rejection check if `withRejections` is false. */
    void drain(boolean withRejections) {
        do {
            if (!ticks.isEmpty()) {
                int ran = 0;
                Tick tick;
                while ((tick = ticks.pollFirst()) != null) {
                    ran++;
                    if (trace != null) {
                        trace.tick(tick.site);
                    }
                    tick.callback.call(Oddball.UNDEFINED, tick.args);
                }
                if (trace != null) {
                    trace.drained("nextTick queue", ran);
                }
            }
            if (!realm.microtasks().isEmpty()) {
                int ran = realm.microtasks().runMicrotasks();
                if (trace != null) {
                    trace.drained("microtask queue", ran);
                }
            }
        } while (!ticks.isEmpty() || (withRejections && rejections.process()));
    }
}
