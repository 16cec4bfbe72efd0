/*
 * libuv's thread pool (uv_queue_work): UV_THREADPOOL_SIZE worker threads (default 4, at most
 * 1024, as libuv clamps it), started on first use. A worker only runs the blocking part of a
 * request — a file read, a stat — and queues its completion for the loop; the completion
 * (which calls back into JS) runs on the JS thread, in the loop's poll phase. No JS value is
 * touched off the JS thread.
 */
package dev.kindling.host.loop;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

final class ThreadPool {
    /** A finished request: which worker ran it, what it was, how long it took, and what to run on the loop. */
    record Completion(int worker, String what, long nanos, Runnable onLoop) {
    }

    private final int size;
    private final BlockingQueue<Completion> completions = new LinkedBlockingQueue<>();
    private ExecutorService workers;
    /** Requests submitted whose completion has not run yet (read and written on the JS thread only). */
    private int inFlight;

    ThreadPool(int size) {
        this.size = size;
    }

    /** libuv's size: UV_THREADPOOL_SIZE if it is a number from 1 to 1024 (clamped), else 4. */
    static int sizeFromEnvironment(String value) {
        if (value == null) {
            return 4;
        }
        try {
            int n = Integer.parseInt(value.trim());
            return Math.max(1, Math.min(1024, n));
        } catch (NumberFormatException e) {
            return 4;
        }
    }

    int size() {
        return size;
    }

    /** Queues `work` for a worker; what it returns runs on the JS thread when the loop polls. */
    void submit(String what, Supplier<Runnable> work) {
        if (workers == null) {
            AtomicInteger count = new AtomicInteger();
            workers = Executors.newFixedThreadPool(size, r -> {
                Thread t = new Thread(r, "kindling-worker-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        inFlight++;
        workers.execute(() -> {
            long start = System.nanoTime();
            Runnable onLoop = work.get();
            String name = Thread.currentThread().getName();
            int worker = Integer.parseInt(name.substring(name.lastIndexOf('-') + 1));
            completions.add(new Completion(worker, what, System.nanoTime() - start, onLoop));
        });
    }

    int inFlight() {
        return inFlight;
    }

    /** A finished request, waiting up to `timeoutMillis` for one (-1: until one comes); null if none came. */
    Completion poll(long timeoutMillis) {
        try {
            Completion c = timeoutMillis < 0 ? completions.take()
                    : timeoutMillis == 0 ? completions.poll() : completions.poll(timeoutMillis, TimeUnit.MILLISECONDS);
            if (c != null) {
                inFlight--;
            }
            return c;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    void shutdown() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
