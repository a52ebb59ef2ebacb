package io.pgmicro.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Lines typed at a terminal, with line editing and a history kept in ~/.pgmicro_history. */
final class InteractiveInput implements LineSource, AutoCloseable {
    private final Terminal terminal;
    private final LineReader reader;
    private final Runnable onInterrupt;

    /**
     * @param onInterrupt what Ctrl-C does besides discarding the line being edited
     *                    (psql also discards the query buffer)
     */
    InteractiveInput(Runnable onInterrupt) {
        this.onInterrupt = onInterrupt;
        try {
            terminal = TerminalBuilder.builder().system(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("pgmicro")
                .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".pgmicro_history"))
                // "!" is an operator in SQL, not a history reference
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
    }

    @Override
    public String readLine(String prompt) {
        while (true) {
            try {
                return reader.readLine(prompt);
            } catch (UserInterruptException e) {
                onInterrupt.run();
            } catch (EndOfFileException e) {
                return null;
            }
        }
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
            terminal.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
