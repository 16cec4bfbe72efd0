/*
 * One line of a JS stack trace: `    at name (file:line:column)`. The interpreter produces
 * these from its frames; Error objects keep them to format their `stack` property.
 */
package dev.kindling.runtime;

public record StackFrameInfo(String functionName, String fileName, int line, int column) {
    /** node's layout: "at f (file:L:C)", or "at file:L:C" for a frame without a name. */
    public String format() {
        String location = fileName + ":" + line + ":" + column;
        return functionName == null || functionName.isEmpty()
                ? "    at " + location
                : "    at " + functionName + " (" + location + ")";
    }
}
