package io.pgmicro.cli;

import java.util.Locale;
import java.util.function.Function;

/**
 * Splits input lines into statements the way psql's lexer does. Input arrives one
 * line at a time and accumulates in a query buffer; a {@code ;} outside quotes,
 * comments, dollar quotes, parentheses and the BEGIN ... END body of a
 * {@code CREATE FUNCTION/PROCEDURE} completes a statement, and a backslash outside
 * those starts a meta-command that takes the rest of the line. Whitespace and
 * {@code --} comments are dropped while the buffer is empty, so the text sent for a
 * statement starts at its first token, as psql sends it. Strings follow
 * standard_conforming_strings = on: backslashes escape only in {@code E'...'}.
 *
 * <p>Use: {@link #startLine} with each input line, then {@link #next} until it
 * returns null (end of line, statement incomplete).
 */
final class QueryScanner {

    /** What the scanner found. */
    sealed interface Token permits Statement, MetaCommand {
    }

    /** A complete statement: the query buffer's text, including its semicolon. */
    record Statement(String text) implements Token {
    }

    /** A meta-command: its name without the backslash, and the rest of the line. */
    record MetaCommand(String name, String arguments) implements Token {
    }

    private enum State { INITIAL, BLOCK_COMMENT, QUOTED, ESCAPE_QUOTED, IDENTIFIER, DOLLAR_QUOTED }

    private final Function<String, String> variables;
    private final StringBuilder buffer = new StringBuilder();
    private State state = State.INITIAL;
    private int commentDepth;
    private String dollarTag;
    private int parenDepth;
    private int beginDepth;
    /** First letters of the statement's leading identifiers when they are create/or/replace/function/procedure. */
    private final char[] leadingWords = new char[4];
    private int identifierCount;

    private String line = "";
    private int pos;

    /**
     * @param variables looks up psql variables for {@code :name} interpolation; returns null when undefined
     */
    QueryScanner(Function<String, String> variables) {
        this.variables = variables;
    }

    void startLine(String text) {
        if (buffer.length() > 0) {
            buffer.append('\n');
        }
        line = text;
        pos = 0;
    }

    /** True inside a comment, quoted string, quoted identifier or dollar quote (not merely parentheses). */
    boolean inQuote() {
        return state != State.INITIAL;
    }

    boolean bufferIsEmpty() {
        return buffer.length() == 0;
    }

    /** Returns the query buffer's text and empties it (for end of input and {@code \g}). */
    String takeBuffer() {
        String text = buffer.toString();
        resetStatement();
        return text;
    }

    /** Empties the query buffer, as psql's {@code \r} does. */
    void resetBuffer() {
        resetStatement();
        state = State.INITIAL;
    }

    /** The character psql's prompt shows where %R is: = - ' " $ ( or *. */
    char promptStatus() {
        return switch (state) {
            case BLOCK_COMMENT -> '*';
            case QUOTED, ESCAPE_QUOTED -> '\'';
            case IDENTIFIER -> '"';
            case DOLLAR_QUOTED -> '$';
            case INITIAL -> parenDepth > 0 ? '(' : buffer.length() > 0 ? '-' : '=';
        };
    }

    /** The next statement or meta-command on the current line, or null when the line is used up. */
    Token next() {
        while (pos < line.length()) {
            Token token = switch (state) {
                case INITIAL -> scanInitial();
                case BLOCK_COMMENT -> scanBlockComment();
                case QUOTED, ESCAPE_QUOTED -> scanQuoted();
                case IDENTIFIER -> scanQuotedIdentifier();
                case DOLLAR_QUOTED -> scanDollarQuoted();
            };
            if (token != null) {
                return token;
            }
        }
        return null;
    }

    private Token scanInitial() {
        char c = line.charAt(pos);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            if (buffer.length() > 0) {
                buffer.append(c);
            }
            pos++;
        } else if (line.startsWith("--", pos)) {
            if (buffer.length() > 0) {
                buffer.append(line, pos, line.length());
            }
            pos = line.length();
        } else if (line.startsWith("/*", pos)) {
            state = State.BLOCK_COMMENT;
            commentDepth = 0;
            consume(2);
        } else if (c == '\\') {
            return scanBackslash();
        } else if (c == ';') {
            consume(1);
            if (parenDepth == 0 && beginDepth == 0) {
                String text = buffer.toString();
                resetStatement();
                return new Statement(text);
            }
        } else if (c == '(') {
            parenDepth++;
            consume(1);
        } else if (c == ')') {
            if (parenDepth > 0) {
                parenDepth--;
            }
            consume(1);
        } else if (c == '\'') {
            state = State.QUOTED;
            consume(1);
        } else if (c == '"') {
            state = State.IDENTIFIER;
            consume(1);
        } else if (c == '$') {
            scanDollar();
        } else if (c == ':') {
            scanColon();
        } else if (isIdentifierStart(c)) {
            scanWord();
        } else {
            consume(1);
        }
        return null;
    }

    private void scanWord() {
        char c = line.charAt(pos);
        char following = pos + 1 < line.length() ? line.charAt(pos + 1) : 0;
        if (following == '\'' && (c == 'e' || c == 'E')) {
            state = State.ESCAPE_QUOTED;
            consume(2);
            return;
        }
        if (following == '\'' && (c == 'b' || c == 'B' || c == 'x' || c == 'X')) {
            state = State.QUOTED;
            consume(2);
            return;
        }
        if ((c == 'u' || c == 'U') && following == '&' && pos + 2 < line.length()
                && (line.charAt(pos + 2) == '\'' || line.charAt(pos + 2) == '"')) {
            state = line.charAt(pos + 2) == '\'' ? State.QUOTED : State.IDENTIFIER;
            consume(3);
            return;
        }
        int end = pos + 1;
        while (end < line.length() && isIdentifierPart(line.charAt(end))) {
            end++;
        }
        noteIdentifier(line.substring(pos, end).toLowerCase(Locale.ROOT));
        consume(end - pos);
    }

    /**
     * psql's heuristic for CREATE [OR REPLACE] FUNCTION/PROCEDURE ... BEGIN ATOMIC ... END:
     * semicolons inside the body do not end the statement.
     */
    private void noteIdentifier(String word) {
        if (identifierCount == 0) {
            java.util.Arrays.fill(leadingWords, '\0');
        }
        if (identifierCount < leadingWords.length
                && (word.equals("create") || word.equals("function") || word.equals("procedure")
                || word.equals("or") || word.equals("replace"))) {
            leadingWords[identifierCount] = word.charAt(0);
        }
        identifierCount++;
        boolean routine = leadingWords[0] == 'c'
                && (leadingWords[1] == 'f' || leadingWords[1] == 'p'
                || (leadingWords[1] == 'o' && leadingWords[2] == 'r'
                && (leadingWords[3] == 'f' || leadingWords[3] == 'p')));
        if (routine && parenDepth == 0) {
            switch (word) {
                case "begin" -> beginDepth++;
                case "case" -> beginDepth += beginDepth >= 1 ? 1 : 0;
                case "end" -> beginDepth -= beginDepth > 0 ? 1 : 0;
                default -> { }
            }
        }
    }

    private void scanDollar() {
        int end = pos + 1;
        if (end < line.length() && Character.isDigit(line.charAt(end))) {
            while (end < line.length() && Character.isDigit(line.charAt(end))) {
                end++;
            }
            consume(end - pos);
            return;
        }
        if (end < line.length() && isIdentifierStart(line.charAt(end))) {
            end++;
            while (end < line.length() && isIdentifierPart(line.charAt(end)) && line.charAt(end) != '$') {
                end++;
            }
        }
        if (end < line.length() && line.charAt(end) == '$') {
            dollarTag = line.substring(pos, end + 1);
            state = State.DOLLAR_QUOTED;
            consume(end + 1 - pos);
        } else {
            consume(1);
        }
    }

    /** {@code :name}, {@code :'name'} and {@code :"name"} interpolate psql variables; {@code ::} is a cast. */
    private void scanColon() {
        if (line.startsWith("::", pos)) {
            consume(2);
            return;
        }
        int start = pos + 1;
        char quote = start < line.length() ? line.charAt(start) : 0;
        if (quote == '\'' || quote == '"') {
            int close = line.indexOf(quote, start + 1);
            String name = close > start + 1 ? line.substring(start + 1, close) : null;
            String value = name != null && isVariableName(name) ? variables.apply(name) : null;
            if (value != null) {
                buffer.append(quote == '\'' ? SqlQuoting.literal(value) : SqlQuoting.identifier(value));
                pos = close + 1;
                return;
            }
            consume(1);
            return;
        }
        int end = start;
        while (end < line.length() && isVariableChar(line.charAt(end))) {
            end++;
        }
        String value = end > start ? variables.apply(line.substring(start, end)) : null;
        if (value != null) {
            buffer.append(value);
            pos = end;
        } else {
            consume(Math.max(1, end - pos));
        }
    }

    private Token scanBackslash() {
        char following = pos + 1 < line.length() ? line.charAt(pos + 1) : 0;
        if (following == ';' || following == ':') {
            // "\;" and "\:" put the character itself in the buffer without their usual meaning
            buffer.append(following);
            pos += 2;
            return null;
        }
        int end = pos + 1;
        if (end < line.length() && Character.isLetter(line.charAt(end))) {
            while (end < line.length() && (Character.isLetter(line.charAt(end)) || line.charAt(end) == '+')) {
                end++;
            }
        } else if (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
            end++;
        }
        String name = line.substring(pos + 1, end);
        String arguments = line.substring(end);
        pos = line.length();
        return new MetaCommand(name, arguments);
    }

    private Token scanBlockComment() {
        if (line.startsWith("/*", pos)) {
            commentDepth++;
            consume(2);
        } else if (line.startsWith("*/", pos)) {
            if (commentDepth == 0) {
                state = State.INITIAL;
            } else {
                commentDepth--;
            }
            consume(2);
        } else {
            consume(1);
        }
        return null;
    }

    private Token scanQuoted() {
        char c = line.charAt(pos);
        if (c == '\\' && state == State.ESCAPE_QUOTED) {
            consume(Math.min(2, line.length() - pos));
        } else if (c == '\'') {
            if (pos + 1 < line.length() && line.charAt(pos + 1) == '\'') {
                consume(2);
            } else {
                state = State.INITIAL;
                consume(1);
            }
        } else {
            consume(1);
        }
        return null;
    }

    private Token scanQuotedIdentifier() {
        if (line.charAt(pos) == '"') {
            if (pos + 1 < line.length() && line.charAt(pos + 1) == '"') {
                consume(2);
            } else {
                state = State.INITIAL;
                consume(1);
            }
        } else {
            consume(1);
        }
        return null;
    }

    private Token scanDollarQuoted() {
        int close = line.indexOf(dollarTag, pos);
        if (close < 0) {
            consume(line.length() - pos);
        } else {
            consume(close + dollarTag.length() - pos);
            state = State.INITIAL;
            dollarTag = null;
        }
        return null;
    }

    private void consume(int count) {
        buffer.append(line, pos, pos + count);
        pos += count;
    }

    private void resetStatement() {
        buffer.setLength(0);
        parenDepth = 0;
        beginDepth = 0;
        identifierCount = 0;
    }

    private static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || (c >= '0' && c <= '9') || c == '$';
    }

    private static boolean isVariableChar(char c) {
        return isIdentifierStart(c) || (c >= '0' && c <= '9');
    }

    private static boolean isVariableName(String name) {
        return name.chars().allMatch(c -> isVariableChar((char) c));
    }
}
