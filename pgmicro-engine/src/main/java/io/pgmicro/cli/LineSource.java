package io.pgmicro.cli;

/** Where the shell's input lines come from: a file, a pipe, or the line editor. */
interface LineSource {

    /**
     * The next line without its line terminator, or null at end of input.
     *
     * @param prompt shown by interactive sources, ignored by others
     */
    String readLine(String prompt);
}
