/*
 * How util.inspect prints an Error: its `stack` (which starts with "Name: message" and has one
 * "    at ..." line per frame), bracketed as `[Error: message]` when there are no frames,
 * renamed when the constructor's name says more than the stack does (`MyError: x` for an
 * Error made by `new MyError`), and indented when nested. A port of formatError,
 * improveStack, removeDuplicateErrorKeys and getStackFrames of node v20's
 * lib/internal/util/inspect.js, without colors.
 *
 * Assumes: `keys` are the own keys Inspect is about to print after the stack; this class may
 * remove some (name/message/stack already visible in the stack) and add `cause`.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.Realm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

final class InspectErrors {
    private static final String FRAME_START = "\n    at";
    private static final Pattern NULL_PROTO_NAME = Pattern.compile("^([A-Z][a-z_ A-Z0-9\\[\\]()-]+)(?::|\\n {4}at)");
    private static final Pattern NULL_PROTO_ERROR = Pattern.compile("^([a-z_A-Z0-9-]*Error)$");

    private InspectErrors() {
    }

    /** formatError: the error's text without its own-property braces. */
    static String formatError(Realm realm, JSObject err, String constructor, String tag, boolean showHidden,
                              int indentationLvl, List<Object> keys) {
        Object nameValue = err.get("name");
        String name = Oddball.isNullish(nameValue) ? "Error" : Conversions.toString(nameValue);
        String stack = stackString(err);

        if (!showHidden && !keys.isEmpty()) {
            for (String hidden : new String[] {"name", "message", "stack"}) {
                int index = keys.indexOf(hidden);
                if (index != -1 && stack.contains(Conversions.toString(err.get(hidden)))) {
                    keys.remove(index);
                }
            }
        }
        if (err.hasProperty("cause") && !keys.contains("cause")) {
            keys.add("cause");
        }
        if (err.get("errors") instanceof JSArray && !keys.contains("errors")) {
            keys.add("errors");
        }

        stack = improveStack(stack, constructor, name, tag);

        // The frames start after the message (a message may itself contain "\n    at").
        Object message = err.get("message");
        int pos = -1;
        if (Conversions.toBoolean(message)) {
            String text = Conversions.toString(message);
            int found = stack.indexOf(text);
            if (found > 0) {
                pos = found + text.length();
            }
        }
        int stackStart = stack.indexOf(FRAME_START, Math.max(pos, 0));
        if (stackStart == -1) {
            stack = "[" + stack + "]";
        } else {
            List<String> lines = stackFrames(realm, err, stack.substring(stackStart + 1));
            stack = stack.substring(0, stackStart) + "\n" + String.join("\n", lines);
        }
        if (indentationLvl != 0) {
            stack = stack.replace("\n", "\n" + " ".repeat(indentationLvl));
        }
        return stack;
    }

    /** getStackString: `stack` if truthy, else Error.prototype.toString's text. */
    private static String stackString(JSObject err) {
        Object stack = err.get("stack");
        if (Conversions.toBoolean(stack)) {
            return Conversions.toString(stack);
        }
        return ErrorBuiltins.errorToString(err);
    }

    /**
     * improveStack: for an error that looks normal (its name ends in "Error" and its stack
     * starts with the name), make the first word the constructor's name when that differs —
     * `MyError: x`, or `Foo [TypeError]: x` when the names are unrelated.
     */
    static String improveStack(String stack, String constructor, String name, String tag) {
        int len = name.length();
        if (constructor == null
                || (name.endsWith("Error") && stack.startsWith(name)
                    && (stack.length() == len || stack.charAt(len) == ':' || stack.charAt(len) == '\n'))) {
            String fallback = "Error";
            if (constructor == null) {
                Matcher m = NULL_PROTO_NAME.matcher(stack);
                Matcher m2 = NULL_PROTO_ERROR.matcher(stack);
                String start = m.find() ? m.group(1) : m2.find() ? m2.group(1) : "";
                len = start.length();
                fallback = start.isEmpty() ? "Error" : start;
            }
            String prefix = InspectNames.prefix(constructor, tag, fallback, "");
            prefix = prefix.substring(0, prefix.length() - 1);
            if (!name.equals(prefix)) {
                if (prefix.contains(name)) {
                    stack = len == 0 ? prefix + ": " + stack : prefix + stack.substring(len);
                } else {
                    stack = prefix + " [" + name + "]" + stack.substring(len);
                }
            }
        }
        return stack;
    }

    /**
     * getStackFrames: the frame lines; when the error has a `cause` whose stack shares a run
     * of more than three frames with this one, the run is shortened to
     * "    ... N lines matching cause stack trace ...".
     */
    private static List<String> stackFrames(Realm realm, JSObject err, String framePart) {
        List<String> frames = new ArrayList<>(Arrays.asList(framePart.split("\n", -1)));
        Object cause = err.get("cause");
        if (cause instanceof JSObject c && Inspect.isError(realm, c)) {
            String causeStack = stackString(c);
            int causeStart = causeStack.indexOf(FRAME_START);
            if (causeStart != -1) {
                List<String> causeFrames = Arrays.asList(causeStack.substring(causeStart + 1).split("\n", -1));
                int[] range = Inspect.identicalSequenceRange(frames, causeFrames);
                int len = range[0];
                int offset = range[1];
                if (len > 0) {
                    int skipped = len - 2;
                    List<String> removed = frames.subList(offset + 1, offset + 1 + skipped);
                    removed.clear();
                    frames.add(offset + 1, "    ... " + skipped + " lines matching cause stack trace ...");
                }
            }
        }
        return frames;
    }
}
