package io.pgmicro.cli;

import java.io.PrintStream;

/**
 * psql's two output streams: results and command tags go to standard output,
 * errors and notices to standard error. Standard output is flushed before anything
 * goes to standard error, so that when both are captured together (as
 * {@code 2>&1} does) they interleave in the order psql's would.
 */
final class ShellOutput {
    private final PrintStream out;
    private final PrintStream err;

    ShellOutput(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void out(String text) {
        out.print(text);
    }

    void err(String text) {
        out.flush();
        err.print(text);
        err.flush();
    }

    void flush() {
        out.flush();
        err.flush();
    }
}
