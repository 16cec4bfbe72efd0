/*
 * node's event loop: libuv's uv_run in its default mode, with node's queues drained after
 * every callback. One iteration goes through libuv's phases in this order:
 *
 *   timers            setTimeout/setInterval callbacks whose time has come
 *   pending callbacks I/O callbacks libuv deferred to the next iteration (none in Kindling)
 *   idle, prepare     libuv-internal (node's immediate idle handle lives here)
 *   poll              wait for I/O — here, thread-pool completions — and run their callbacks;
 *                     it does not wait while an immediate is queued, and waits no longer than
 *                     until the next timer is due
 *   check             setImmediate callbacks
 *   close callbacks   'close' callbacks of handles closed meanwhile (none in Kindling)
 *
 * (libuv 1.45+, which node 20 ships, runs the timers once before the first iteration and
 * then at the end of each one; the order a program sees is the same.) After each callback —
 * and after the main module — node runs processTicksAndRejections: every nextTick, then
 * every microtask, then the unhandled-rejection check (TaskQueues). The loop is alive while a
 * ref'd timer or immediate waits or a thread-pool request is in flight; when it is not, the
 * process emits 'beforeExit' (which may schedule more) and then 'exit'.
 *
 * Assumes: everything here runs on the JS thread except ThreadPool's workers.
 * Guarantees: JS runs only on the JS thread; callbacks run in node's order given the same
 * timer expiries (the clock is the cached loop time, as uv_now).
 */
package dev.kindling.host.loop;

import dev.kindling.runtime.JSError;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSPromise;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.Realm;
import dev.kindling.runtime.StackFrameInfo;

import java.io.PrintStream;
import java.util.function.Supplier;

public final class EventLoop {
    /** libuv's phases, in the order an iteration visits them. */
    public enum Phase {
        TIMERS("timers"), PENDING("pending callbacks"), IDLE_PREPARE("idle, prepare"), POLL("poll"),
        CHECK("check"), CLOSE("close callbacks");

        final String label;

        Phase(String label) {
            this.label = label;
        }
    }

    /**
     * An uncaught exception nothing handled (node's triggerUncaughtException with no
     * 'uncaughtException' listener): unwinds to the engine, which reports it and exits with 1.
     */
    public static final class FatalException extends RuntimeException {
        private final JSException exception;
        private final boolean fromPromise;
        private final boolean atOrigin;

        FatalException(JSException exception, boolean fromPromise, boolean atOrigin) {
            super(null, null, false, false);
            this.exception = exception;
            this.fromPromise = fromPromise;
            this.atOrigin = atOrigin;
        }

        /**
         * True when node's report is headed by where the error was made rather than where it
         * was thrown: an unhandled rejection, or a throw out of a queueMicrotask callback
         * (V8 reports both from the error object alone).
         */
        public boolean atOrigin() {
            return atOrigin;
        }

        public JSException exception() {
            return exception;
        }

        /** True for an unhandled rejection (node words its report differently). */
        public boolean fromPromise() {
            return fromPromise;
        }
    }

    private final Realm realm;
    private final ProcessEvents events;
    private final JSObject process;
    private final LoopTrace trace;
    private final PromiseRejections rejections = new PromiseRejections();
    private final TaskQueues tasks;
    private final Timers timers = new Timers();
    private final Immediates immediates = new Immediates();
    private final ThreadPool pool;
    /**
     * Where the loop's clock counts from. Kindling stops it while the main module runs (the
     * time it took is added here when it ends): a JVM running a program's first lines is far
     * slower than node, and without this a short timer set by the main module would be due
     * before the first check phase, where node's is not — the only place Kindling's clock
     * differs from libuv's.
     */
    private long clockStartNanos = System.nanoTime();
    private final long mainStartNanos = System.nanoTime();
    private boolean mainRunning = true;
    /** The cached loop time in ms (uv_now), updated once per iteration (uv_update_time). */
    private double now;
    /** 'exit' has been emitted (node's process._exiting, kept here: no property is added to process). */
    private boolean exiting;

    /** A loop for `realm`; `trace` prints --trace-event-loop lines (null: off). */
    public EventLoop(Realm realm, ProcessEvents events, JSObject process, PrintStream trace, int threadPoolSize) {
        this.realm = realm;
        this.events = events;
        this.process = process;
        this.trace = trace == null ? null : new LoopTrace(trace);
        this.tasks = new TaskQueues(realm, rejections, this.trace);
        this.pool = new ThreadPool(threadPoolSize);
        rejections.attach(this);
        realm.setRejectionTracker(rejections);
        updateTime();
    }

    /** The thread pool's size for a value of UV_THREADPOOL_SIZE (null: unset), as libuv reads it. */
    public static int threadPoolSize(String value) {
        return ThreadPool.sizeFromEnvironment(value);
    }

    public TaskQueues tasks() {
        return tasks;
    }

    Timers timers() {
        return timers;
    }

    Immediates immediates() {
        return immediates;
    }

    LoopTrace trace() {
        return trace;
    }

    /** uv_update_time: the cached time, whole milliseconds since the clock started (as uv_now). */
    private void updateTime() {
        now = Math.floor((System.nanoTime() - clockStartNanos) / 1e6);
    }

    /**
     * The time a timer set now starts from: node's getLibuvNow(), which updates the cached
     * time first.
     */
    double currentTime() {
        if (!mainRunning) {
            updateTime();
        }
        return now;
    }

    /**
     * Queues `work` on the thread pool (it runs on a worker and must not touch JS values); the
     * Runnable it returns runs on the JS thread in the poll phase, as a callback.
     */
    public void submitWork(String what, Supplier<Runnable> work) {
        pool.submit(what, work);
    }

    // ---- callbacks --------------------------------------------------------------------------------

    /**
     * Runs one callback as node's MakeCallback does: the callback, then the nextTick and
     * microtask queues. An exception out of either is uncaught (the 'uncaughtException'
     * listeners, or a FatalException); when a listener handled it, the queues still drain, as
     * node's do once its handler returns.
     */
    void runCallback(Runnable callback) {
        try {
            callback.run();
        } catch (JSException e) {
            uncaught(e, false);
        }
        drainQueues();
    }

    /**
     * TaskQueues.drain; an exception out of it is uncaught. Then the ticks and microtasks left
     * behind still run, but the rejection check waits for the next callback — the order node
     * 20 shows (its tick callback is re-entered after the handler; the rejections it had not
     * reached are processed at the next one).
     */
    private void drainQueues() {
        boolean withRejections = true;
        while (true) {
            try {
                tasks.drain(withRejections);
                return;
            } catch (JSException e) {
                uncaught(e, false);
            } catch (TaskQueues.MicrotaskThrow e) {
                uncaught(e.exception(), false, true);
            }
            withRejections = false;
        }
    }

    /** The drain after the main module has run (node runs it when the module's callback scope closes). */
    public void afterMainModule() {
        if (trace != null) {
            trace.mainDone(timers.size(), immediates.size(), pool.inFlight());
        }
        drainQueues();
        clockStartNanos += System.nanoTime() - mainStartNanos;
        mainRunning = false;
    }

    /** node's triggerUncaughtException: 'uncaughtException' listeners, else fatal. */
    public void uncaught(JSException e, boolean fromPromise) {
        uncaught(e, fromPromise, fromPromise);
    }

    private void uncaught(JSException e, boolean fromPromise, boolean atOrigin) {
        if (events.listenerCount("uncaughtException") == 0) {
            throw new FatalException(e, fromPromise, atOrigin);
        }
        Object error = e.value(realm);
        try {
            events.emit("uncaughtException", error, fromPromise ? "unhandledRejection" : "uncaughtException");
        } catch (JSException again) {
            throw new FatalException(again, false, false);
        }
    }

    /** One unhandled rejection (PromiseRejections); true if a listener ran. */
    boolean unhandledRejection(JSPromise promise) {
        Object reason = promise.result();
        if (events.listenerCount("unhandledRejection") > 0) {
            events.emit("unhandledRejection", reason, promise);
            return true;
        }
        JSException e = new JSException(reason instanceof JSError ? reason : UnhandledRejection.error(realm, reason));
        if (events.listenerCount("uncaughtException") > 0) {
            uncaught(e, true);
            return true;
        }
        throw new FatalException(e, true, true);
    }

    // ---- the loop ---------------------------------------------------------------------------------

    /** True while something keeps the loop running (libuv's uv__loop_alive). */
    public boolean isAlive() {
        return timers.refCount() > 0 || immediates.refCount() > 0 || pool.inFlight() > 0;
    }

    /** uv_run(UV_RUN_DEFAULT): iterations until the loop is no longer alive. */
    public void run() {
        if (!isAlive()) {
            return;
        }
        updateTime();
        runTimers();
        while (isAlive()) {
            phase(Phase.PENDING, 0);
            phase(Phase.IDLE_PREPARE, 0);
            runPoll();
            runCheck();
            phase(Phase.CLOSE, 0);
            updateTime();
            runTimers();
        }
        if (trace != null) {
            trace.loopEmpty(timers.size(), immediates.size());
        }
    }

    private void phase(Phase phase, int waiting) {
        if (trace != null) {
            trace.phase(phase, waiting);
        }
    }

    private void runTimers() {
        double phaseNow = now;
        phase(Phase.TIMERS, timers.dueCount(phaseNow));
        Timers.Timeout timer;
        while ((timer = timers.pollDue(phaseNow)) != null) {
            Timers.Timeout t = timer;
            double start = t.repeat ? currentTime() : 0;
            if (trace != null) {
                trace.callback(t.repeat ? "Interval" : "Timeout", t.site);
            }
            try {
                runCallback(() -> t.callback.call(t, t.args));
            } finally {
                if (t.repeat && !t.cleared && !t.scheduled) {
                    timers.schedule(t, start); // node's listOnTimeout re-inserts an interval after its callback
                }
            }
        }
    }

    /**
     * A REPL's wait for its next line (node's REPL is a readline stream on the same loop):
     * loop iterations while `inputArrived` is false and something keeps the loop alive, the
     * poll phase waiting at most `sliceMillis`, so a timer set at the prompt fires while it
     * waits. Returns when input arrived or the loop is no longer alive (the caller then just
     * waits for the line).
     */
    public void runWhileWaiting(java.util.function.BooleanSupplier inputArrived, long sliceMillis) {
        while (!inputArrived.getAsBoolean() && isAlive()) {
            updateTime();
            runTimers();
            phase(Phase.PENDING, 0);
            phase(Phase.IDLE_PREPARE, 0);
            runPoll(sliceMillis);
            runCheck();
            phase(Phase.CLOSE, 0);
        }
    }

    /** The drain after one REPL input (the first also starts the loop's clock, as the main module's end). */
    public void afterReplInput() {
        if (mainRunning) {
            afterMainModule();
        } else {
            drainQueues();
        }
    }

    private void runPoll() {
        runPoll(-1);
    }

    /** The poll phase, waiting at most `capMillis` (-1: as long as libuv would). */
    private void runPoll(long capMillis) {
        long timeout = pollTimeout();
        if (capMillis >= 0 && (timeout < 0 || timeout > capMillis)) {
            timeout = capMillis;
        }
        phase(Phase.POLL, pool.inFlight());
        if (pool.inFlight() == 0 && timeout > 0) {
            sleep(timeout); // nothing can complete: the wait is only for the next timer
        }
        ThreadPool.Completion first = pool.inFlight() == 0 ? null : pool.poll(timeout);
        if (first == null) {
            return;
        }
        // The batch ready when the wait ended (libuv's uv__work_done takes the queue of done
        // requests once): a request that a callback here starts, and that finishes at once,
        // is the next poll phase's, after this iteration's check phase.
        java.util.List<ThreadPool.Completion> batch = new java.util.ArrayList<>();
        batch.add(first);
        batch.addAll(pool.takeReady());
        for (ThreadPool.Completion done : batch) {
            if (trace != null) {
                trace.completion(done.worker(), done.what(), done.nanos());
            }
            runCallback(done.onLoop());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** libuv's uv_backend_timeout: 0 with an immediate waiting, else until the next timer, else forever. */
    private long pollTimeout() {
        if (immediates.refCount() > 0 || !isAlive()) {
            return 0;
        }
        double next = timers.nextExpiry();
        if (next < 0) {
            return -1;
        }
        updateTime();
        return (long) Math.max(0, Math.ceil(next - now));
    }

    private void runCheck() {
        java.util.List<Immediates.Immediate> batch = immediates.takeBatch();
        phase(Phase.CHECK, batch.size());
        for (Immediates.Immediate immediate : batch) {
            if (!immediate.queued) {
                continue; // cleared by an earlier immediate of this batch
            }
            immediates.cancel(immediate);
            if (trace != null) {
                trace.callback("Immediate", immediate.site);
            }
            runCallback(() -> immediate.callback.call(immediate, immediate.args));
        }
    }

    // ---- the end ------------------------------------------------------------------------------------

    /**
     * Runs the loop to its end as node's SpinEventLoop does: the loop, then 'beforeExit',
     * again while 'beforeExit' listeners made it alive.
     */
    public void runToCompletion() {
        while (true) {
            run();
            if (trace != null && events.listenerCount("beforeExit") > 0) {
                trace.note("emit 'beforeExit'");
            }
            // Emitted with or without listeners: its callback scope also drains what an
            // exception left in the queues, as node's EmitProcessBeforeExit does.
            Object code = exitCodeValue();
            runCallback(() -> events.emit("beforeExit", code));
            if (!isAlive()) {
                break;
            }
        }
        if (trace != null) {
            trace.exit("nothing keeps the loop alive");
        }
    }

    /** process.exitCode as node passes it to 'beforeExit' and 'exit': its value, or 0. */
    private Object exitCodeValue() {
        Object code = process.get("exitCode");
        return code == Oddball.UNDEFINED ? 0 : code;
    }

    /** node's process.reallyExit path: emits 'exit' with the code (once); listeners may change exitCode. */
    public void emitExit(int code) {
        if (exiting) {
            return;
        }
        exiting = true;
        process.set("exitCode", code);
        if (trace != null) {
            trace.note("emit 'exit' (code " + code + ")");
        }
        events.emit("exit", code);
    }

    /**
     * The natural end ('exit' after the loop emptied): the microtasks the 'exit' listeners
     * queued still run, as V8 runs them when node's emit returns; after process.exit or an
     * uncaught exception they do not.
     */
    public void emitNaturalExit(int code) {
        emitExit(code);
        realm.microtasks().runMicrotasks();
    }

    /** Where JS is now (a callback's scheduling site, for traces); null when not tracing. */
    StackFrameInfo siteForTrace() {
        return trace == null ? null : realm.currentFrame();
    }

    /** Ends the worker threads (they are daemons; this only frees them early). */
    public void shutdown() {
        pool.shutdown();
    }

    /** Exposed for the host's JS functions: the function `name` as node's validateFunction checks it. */
    static JSFunction callback(Realm realm, Object value) {
        return dev.kindling.host.errors.NodeErrors.requireFunction(realm, "callback", value);
    }
}
