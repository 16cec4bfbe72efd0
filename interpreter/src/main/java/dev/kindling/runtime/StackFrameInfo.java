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
