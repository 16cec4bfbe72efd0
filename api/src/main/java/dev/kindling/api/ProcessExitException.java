/*
 * JS called process.exit(code). As in node, no JS catch or finally saw it; the engine stops
 * running the program and hands the code to the embedder, which decides what exiting means.
 */
package dev.kindling.api;

public final class ProcessExitException extends RuntimeException {
    private final int code;

    ProcessExitException(int code) {
        super("process.exit(" + code + ")");
        this.code = code;
    }

    public int code() {
        return code;
    }
}
