/*
 * `process.exit(code)`: ends the program at once. Not a JS exception — no catch or finally
 * block sees it, as in node — it unwinds the interpreter to the command line, which exits
 * with the code.
 */
package dev.kindling.host;

public final class ProcessExit extends RuntimeException {
    private final int code;

    public ProcessExit(int code) {
        super(null, null, false, false);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
