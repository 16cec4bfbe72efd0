/*
 * setImmediate (node's lib/timers.js, processImmediate): a FIFO of Immediate objects run in
 * the loop's check phase. The phase runs the immediates queued before it began; one queued by
 * an immediate runs in the next iteration's check phase, as node's swap of its queue does.
 * While a ref'd immediate waits, the poll phase does not block (node keeps an idle handle
 * started, which makes libuv's poll timeout 0).
 */
package dev.kindling.host.loop;

import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Shape;
import dev.kindling.runtime.StackFrameInfo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

final class Immediates {
    /** A node Immediate: the JS object setImmediate returns. */
    static final class Immediate extends JSObject {
        final JSFunction callback;
        final Object[] args;
        final StackFrameInfo site;
        boolean ref = true;
        boolean queued;

        Immediate(Shape shape, JSFunction callback, Object[] args, StackFrameInfo site) {
            super(shape);
            this.callback = callback;
            this.args = args;
            this.site = site;
        }

        @Override
        public String className() {
            return "Immediate";
        }
    }

    private final LinkedHashSet<Immediate> queue = new LinkedHashSet<>();
    private int refCount;

    void add(Immediate immediate) {
        immediate.queued = true;
        queue.add(immediate);
        if (immediate.ref) {
            refCount++;
        }
    }

    void cancel(Immediate immediate) {
        if (immediate.queued) {
            immediate.queued = false;
            queue.remove(immediate);
            if (immediate.ref) {
                refCount--;
            }
        }
    }

    void setRef(Immediate immediate, boolean ref) {
        if (immediate.ref != ref && immediate.queued) {
            refCount += ref ? 1 : -1;
        }
        immediate.ref = ref;
    }

    /** The immediates the check phase runs now: those queued before it (each still checked before it runs). */
    List<Immediate> takeBatch() {
        return new ArrayList<>(queue);
    }

    int refCount() {
        return refCount;
    }

    int size() {
        return queue.size();
    }
}
