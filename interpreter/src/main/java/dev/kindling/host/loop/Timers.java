/*
 * setTimeout and setInterval (node's lib/internal/timers.js and lib/timers.js): Timeout
 * objects ordered by expiry, run in the loop's timers phase. A timer's clock is the loop's
 * cached time (libuv's uv_now, updated once per iteration), so a timer set by a callback
 * never runs in the phase that set it, and two timers of the same delay run in the order they
 * were set. A delay that is not a number in [1, 2^31 - 1] is 1 ms, as in node.
 *
 * A Timeout keeps the process alive while it is ref'd (the default); unref() lets the loop
 * exit while it waits; refresh() restarts its countdown at the current loop time.
 */
package dev.kindling.host.loop;

import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Shape;
import dev.kindling.runtime.StackFrameInfo;

import java.util.Comparator;
import java.util.TreeSet;

final class Timers {
    /** node's TIMEOUT_MAX: 2^31 - 1 ms. */
    static final double TIMEOUT_MAX = 2147483647.0;

    /** A node Timeout: the JS object setTimeout returns. */
    static final class Timeout extends JSObject {
        final JSFunction callback;
        final Object[] args;
        final double delay;
        final boolean repeat;
        final StackFrameInfo site;
        final int id;
        double expiry;
        long sequence;
        boolean ref = true;
        boolean scheduled;
        /** clearTimeout/clearInterval ran (node's _idleTimeout = -1): an interval is not re-inserted. */
        boolean cleared;

        Timeout(Shape shape, JSFunction callback, Object[] args, double delay, boolean repeat, StackFrameInfo site, int id) {
            super(shape);
            this.callback = callback;
            this.args = args;
            this.delay = delay;
            this.repeat = repeat;
            this.site = site;
            this.id = id;
        }

        @Override
        public String className() {
            return "Timeout";
        }
    }

    private final TreeSet<Timeout> queue = new TreeSet<>(
            Comparator.<Timeout>comparingDouble(t -> t.expiry).thenComparingLong(t -> t.sequence));
    private long sequence;
    private int refCount;

    /** node's coercion of a delay: `after *= 1`, and anything outside [1, TIMEOUT_MAX] becomes 1. */
    static double coerceDelay(double after) {
        return after >= 1 && after <= TIMEOUT_MAX ? after : 1;
    }

    /** Inserts (or re-inserts) `timer` to expire `timer.delay` ms after `now`. */
    void schedule(Timeout timer, double now) {
        if (timer.scheduled) {
            queue.remove(timer);
        } else if (timer.ref) {
            refCount++;
        }
        timer.scheduled = true;
        timer.expiry = now + timer.delay;
        timer.sequence = sequence++;
        queue.add(timer);
    }

    void cancel(Timeout timer) {
        if (timer.scheduled) {
            queue.remove(timer);
            timer.scheduled = false;
            if (timer.ref) {
                refCount--;
            }
        }
    }

    void setRef(Timeout timer, boolean ref) {
        if (timer.ref != ref && timer.scheduled) {
            refCount += ref ? 1 : -1;
        }
        timer.ref = ref;
    }

    /** The first timer due at `now`, removed from the queue (null if none is due). */
    Timeout pollDue(double now) {
        Timeout first = queue.isEmpty() ? null : queue.first();
        if (first == null || first.expiry > now) {
            return null;
        }
        cancel(first);
        return first;
    }

    /** How many timers are due at `now`. */
    int dueCount(double now) {
        int n = 0;
        for (Timeout t : queue) {
            if (t.expiry > now) {
                break;
            }
            n++;
        }
        return n;
    }

    /** The earliest expiry of any timer, ref'd or not (libuv's poll timeout looks at all), or -1. */
    double nextExpiry() {
        return queue.isEmpty() ? -1 : queue.first().expiry;
    }

    int refCount() {
        return refCount;
    }

    int size() {
        return queue.size();
    }
}
