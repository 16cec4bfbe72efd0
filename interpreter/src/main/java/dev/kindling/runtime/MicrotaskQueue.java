/*
 * The microtask queue of an agent (V8's MicrotaskQueue; ECMA-262 §9.5 Jobs, whose
 * HostEnqueuePromiseJob puts promise jobs here). Promise reactions, the spec's extra job that
 * adopts a thenable (NewPromiseResolveThenableJob), `queueMicrotask` callbacks and — later —
 * the continuations of async functions are all jobs of this one FIFO queue.
 *
 * Assumes: one thread (the JS thread) enqueues and runs jobs.
 * Guarantees: jobs run in the order they were enqueued; a job enqueued while the queue is
 * being drained runs in the same drain (V8's PerformCheckpoint runs until the queue is
 * empty). A job that throws ends the drain with that exception; the jobs behind it stay
 * queued for the next drain (node reports the exception as uncaught first).
 */
package dev.kindling.runtime;

import java.util.ArrayDeque;

public final class MicrotaskQueue {
    /** One job: a promise reaction, a thenable adoption, a queueMicrotask callback... */
    public interface Microtask {
        void run();

        /** What --trace-event-loop calls the job (V8's task kinds). */
        String kind();
    }

    /** Sees each job as it is queued and run (--trace-event-loop, --trace-promises). */
    public interface Observer {
        void enqueued(Microtask task);
    }

    private final ArrayDeque<Microtask> queue = new ArrayDeque<>();
    private Observer observer;
    private int running;

    /** HostEnqueuePromiseJob (§16.2.1.11 of ECMA-262's host hooks): appends a job. */
    public void enqueue(Microtask task) {
        queue.addLast(task);
        if (observer != null) {
            observer.enqueued(task);
        }
    }

    public void setObserver(Observer observer) {
        this.observer = observer;
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }

    public int size() {
        return queue.size();
    }

    /** True while a drain is running a job (a drain is never re-entered; see runMicrotasks). */
    public boolean isRunning() {
        return running > 0;
    }

    /**
     * V8's MicrotaskQueue::PerformCheckpoint: runs jobs until none is left, those queued
     * meanwhile included; returns how many ran. A drain asked for while one runs does
     * nothing, as in V8 (a microtask that calls into the host cannot nest a second drain).
     */
    public int runMicrotasks() {
        if (running > 0) {
            return 0;
        }
        int ran = 0;
        running++;
        try {
            Microtask task;
            while ((task = queue.pollFirst()) != null) {
                ran++;
                task.run();
            }
        } finally {
            running--;
        }
        return ran;
    }
}
