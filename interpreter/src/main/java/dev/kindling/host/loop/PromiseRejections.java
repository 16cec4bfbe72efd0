/*
 * node's bookkeeping of unhandled rejections (lib/internal/process/promises.js, in its
 * default --unhandled-rejections=throw mode). V8 tells it of each rejection without a handler
 * and of each handler added later (HostPromiseRejectionTracker); after the microtasks of a
 * callback have run, every promise still without a handler is reported: to the process's
 * 'unhandledRejection' listeners if it has any, else as an uncaught exception — the reason
 * itself if it is an Error, else node's UnhandledPromiseRejection error
 * (code ERR_UNHANDLED_REJECTION) — which ends the process with exit code 1.
 *
 * So a rejection handled later in the same drain (`p = Promise.reject(); p.catch(...)` in one
 * turn) is never reported, and one handled only in a later timer is.
 */
package dev.kindling.host.loop;

import dev.kindling.runtime.JSPromise;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

final class PromiseRejections implements JSPromise.RejectionTracker {
    /** node's pendingUnhandledRejections: rejected without a handler, in order of rejection. */
    private final Set<JSPromise> pending = new LinkedHashSet<>();
    private EventLoop loop;

    void attach(EventLoop loop) {
        this.loop = loop;
    }

    @Override
    public void rejected(JSPromise promise) {
        pending.add(promise);
    }

    @Override
    public void handled(JSPromise promise) {
        pending.remove(promise);
    }

    /**
     * processPromiseRejections: reports each promise still unhandled; true if a listener ran
     * (it may have queued ticks or microtasks, so the drain goes on).
     */
    boolean process() {
        boolean listenersRan = false;
        while (!pending.isEmpty()) {
            List<JSPromise> batch = new ArrayList<>(pending);
            pending.clear();
            for (JSPromise promise : batch) {
                if (!promise.isHandled()) {
                    listenersRan |= loop.unhandledRejection(promise);
                }
            }
        }
        return listenersRan;
    }
}
