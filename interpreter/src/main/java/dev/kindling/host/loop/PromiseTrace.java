/*
 * --trace-promises: a line per promise made, settled, and per reaction job queued (V8's
 * PromiseHook events init and resolve, and the enqueue of a PromiseReactionJob), numbered in
 * order of creation and placed where the program was when it happened:
 *
 *   [promise] #1 created at a.js:1:19
 *   [promise] #1 fulfilled with 1 at a.js:1:19
 *   [promise] #2 created at a.js:2:3
 *   [promise] #1 queued a fulfill reaction (handler onOne) at a.js:2:3
 *
 * A place is `<job>` when no JS frame is running (inside a job the loop runs from Java).
 */
package dev.kindling.host.loop;

import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSPromise;
import dev.kindling.runtime.Realm;
import dev.kindling.runtime.StackFrameInfo;
import dev.kindling.runtime.builtins.Inspect;

import java.io.PrintStream;

public final class PromiseTrace implements JSPromise.Hook {
    private static final int MAX_VALUE_LENGTH = 40;
    private final Realm realm;
    private final PrintStream out;

    public PromiseTrace(Realm realm, PrintStream out) {
        this.realm = realm;
        this.out = out;
    }

    @Override
    public void created(JSPromise promise) {
        line("#" + promise.id() + " created");
    }

    @Override
    public void settled(JSPromise promise) {
        String how = promise.state() == JSPromise.State.FULFILLED ? "fulfilled with " : "rejected with ";
        line("#" + promise.id() + " " + how + describe(promise.result()));
    }

    @Override
    public void reactionQueued(JSPromise promise, boolean fulfilled, Object handler) {
        String which = handler instanceof JSFunction fn
                ? "handler " + (fn.debugName().isEmpty() ? "<anonymous>" : fn.debugName())
                : handler == null ? "no handler: passes through" : "a Java continuation";
        line("#" + promise.id() + " queued a " + (fulfilled ? "fulfill" : "reject") + " reaction (" + which + ")");
    }

    private void line(String text) {
        out.println("[promise] " + text + " at " + place(realm.currentFrame()));
        out.flush();
    }

    private String describe(Object value) {
        String s = Inspect.inspect(realm, value, Inspect.Options.DEFAULTS.withDepth(0)).replace('\n', ' ');
        int newline = s.indexOf("     at ");
        if (newline > 0) {
            s = s.substring(0, newline).trim(); // an Error: its first line
        }
        return s.length() > MAX_VALUE_LENGTH ? s.substring(0, MAX_VALUE_LENGTH - 3) + "..." : s;
    }

    private static String place(StackFrameInfo site) {
        if (site == null || site.fileName() == null) {
            return "<job>";
        }
        String file = site.fileName();
        return file.substring(file.lastIndexOf('/') + 1) + ":" + site.line() + ":" + site.column();
    }
}
