/*
 * One line of a JS stack trace: `    at name (file:line:column)`, or for a builtin that was
 * running (fileName null) `    at Array.forEach (<anonymous>)`, as V8 prints native frames. The interpreter produces
 * these from its frames; Error objects keep them to format their `stack` property.
 */
package dev.kindling.runtime;

public record StackFrameInfo(String functionName, String fileName, int line, int column) {
    /** The frame of a builtin function, e.g. "Array.forEach". */
    public static StackFrameInfo builtin(String name) {
        return new StackFrameInfo(name, null, 0, 0);
    }

    /**
     * V8's eval origin of code made from a string while `caller` runs (null: outside JS): the
     * caller's bare function name ("m" for a method frame "Object.m", "<anonymous>" for a top
     * level) and the place it is at, as "m (file.js:4:35)".
     */
    public static String evalOrigin(StackFrameInfo caller) {
        if (caller == null || caller.fileName == null) {
            return "<anonymous>";
        }
        String name = caller.functionName;
        name = name.startsWith("new ") ? name.substring("new ".length()) : name;
        int alias = name.indexOf(" [as ");
        name = alias >= 0 ? name.substring(0, alias) : name;
        name = name.substring(name.lastIndexOf('.') + 1);
        return (name.isEmpty() ? "<anonymous>" : name) + " (" + caller.fileName + ":" + caller.line + ":"
                + caller.column + ")";
    }

    /** node's layout: "at f (file:L:C)", or "at file:L:C" for a frame without a name. */
    public String format() {
        if (fileName == null) {
            return "    at " + functionName + " (<anonymous>)";
        }
        String location = fileName + ":" + line + ":" + column;
        return functionName == null || functionName.isEmpty()
                ? "    at " + location
                : "    at " + functionName + " (" + location + ")";
    }
}
