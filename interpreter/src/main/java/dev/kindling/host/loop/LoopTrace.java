/*
 * --trace-event-loop: one line per step of the loop, printed to stdout between the program's
 * own output, so the order a program prints in can be read beside the loop's steps:
 *
 *   [loop] main module done: 1 timer, 1 immediate, 0 thread-pool requests waiting
 *   [loop]   nextTick from a.js:4:9
 *   [loop]   drained the nextTick queue: 1 callback
 *   [loop]   drained the microtask queue: 2 jobs
 *   [loop] phase check: 1 waiting
 *   [loop]   Immediate from a.js:3:1
 *   [loop] phase timers: 1 waiting
 *   [loop]   Timeout from a.js:2:1
 *   [loop] phase poll: 1 waiting
 *   [loop]   thread pool: worker 1 finished fs.readFile in 0.21 ms
 *   [loop] exit: nothing keeps the loop alive
 *
 * A phase is shown when it is entered with callbacks waiting in it (for poll: thread-pool
 * requests in flight). The loop also goes through its empty phases, and through iterations in
 * which nothing is due while it waits for a timer; how many depends on how fast the machine
 * is, so the trace leaves them out and shows the same lines on every run.
 * A callback's place is where it was scheduled (the file's name, line and column of the
 * setTimeout / setImmediate / nextTick call). Kindling's own; no engine prints this.
 */
package dev.kindling.host.loop;

import dev.kindling.runtime.StackFrameInfo;

import java.io.PrintStream;
import java.util.Locale;

final class LoopTrace {
    private static final String PREFIX = "[loop] ";
    private final PrintStream out;

    LoopTrace(PrintStream out) {
        this.out = out;
    }

    private void line(String text) {
        out.println(PREFIX + text);
        out.flush();
    }

    void mainDone(int timers, int immediates, int requests) {
        line("main module done: " + count(timers, "timer") + ", " + count(immediates, "immediate") + ", "
                + count(requests, "thread-pool request") + " waiting");
    }

    void phase(EventLoop.Phase phase, int waiting) {
        if (waiting > 0) {
            line("phase " + phase.label + ": " + waiting + " waiting");
        }
    }

    void callback(String kind, StackFrameInfo site) {
        line("  " + kind + " from " + place(site));
    }

    void tick(StackFrameInfo site) {
        line("  nextTick from " + place(site));
    }

    void drained(String queue, int ran) {
        line("  drained the " + queue + ": " + count(ran, queue.startsWith("nextTick") ? "callback" : "job"));
    }

    void completion(int worker, String what, long nanos) {
        line("  thread pool: worker " + worker + " finished " + what + " in "
                + String.format(Locale.ROOT, "%.2f", nanos / 1e6) + " ms");
    }

    void loopEmpty(int unrefTimers, int unrefImmediates) {
        String waiting = unrefTimers + unrefImmediates == 0 ? ""
                : " (" + count(unrefTimers + unrefImmediates, "unref'd handle") + " still waiting)";
        line("loop empty: no ref'd timer, immediate or thread-pool request" + waiting);
    }

    void note(String text) {
        line(text);
    }

    void exit(String why) {
        line("exit: " + why);
    }

    private static String place(StackFrameInfo site) {
        if (site == null || site.fileName() == null) {
            return "<native>";
        }
        String file = site.fileName();
        int slash = file.lastIndexOf('/');
        return file.substring(slash + 1) + ":" + site.line() + ":" + site.column();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
