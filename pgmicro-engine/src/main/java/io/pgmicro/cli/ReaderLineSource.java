package io.pgmicro.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Lines of a script. Only {@code \n} ends a line, as in psql on Unix: a {@code \r}
 * before it stays part of the line (and of the statement text).
 */
final class ReaderLineSource implements LineSource {
    private final Reader reader;
    private boolean atEnd;

    ReaderLineSource(Reader reader) {
        this.reader = reader instanceof BufferedReader ? reader : new BufferedReader(reader);
    }

    @Override
    public String readLine(String prompt) {
        if (atEnd) {
            return null;
        }
        try {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = reader.read()) >= 0) {
                if (c == '\n') {
                    return line.toString();
                }
                line.append((char) c);
            }
            atEnd = true;
            return line.length() > 0 ? line.toString() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
