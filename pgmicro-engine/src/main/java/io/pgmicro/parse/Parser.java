package io.pgmicro.parse;

import com.google.protobuf.InvalidProtocolBufferException;
import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.parse.ast.ParseResult;
import io.pgmicro.parse.ast.RawStmt;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's own parser (libpg_query) behind a Java face: SQL text in, parse
 * trees out, syntax errors as SQLSTATE 42601 with PostgreSQL's message and cursor.
 */
public final class Parser {
    private Parser() {
    }

    /** Parses one or more statements. Locations in the tree are byte offsets into the UTF-8 text. */
    public static ParsedSql parse(String sql) {
        byte[] utf8 = encode(sql);
        byte[] tree;
        try {
            tree = NativeParser.parseProtobuf(utf8);
        } catch (NativeParseException e) {
            throw syntaxError(e);
        }
        try {
            return new ParsedSql(sql, utf8, ParseResult.parseFrom(tree).getStmtsList());
        } catch (InvalidProtocolBufferException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: unreadable parse tree: " + e.getMessage());
        }
    }

    /**
     * Splits a script into statement texts the way PostgreSQL's scanner sees them
     * (quotes, dollar quotes and comments respected), without parsing them, so a
     * statement with a syntax error does not hide the ones around it.
     */
    public static List<String> split(String sql) {
        byte[] utf8 = encode(sql);
        int[] bounds;
        try {
            bounds = NativeParser.splitStatements(utf8);
        } catch (NativeParseException e) {
            throw syntaxError(e);
        }
        List<String> statements = new ArrayList<>(bounds.length / 2);
        for (int i = 0; i < bounds.length; i += 2) {
            statements.add(new String(utf8, bounds[i], bounds[i + 1], StandardCharsets.UTF_8));
        }
        return statements;
    }

    /**
     * Prints an expression as PostgreSQL source text, the way libpg_query's deparser
     * writes it; used to keep DEFAULT, CHECK and view definitions in the catalog.
     */
    public static String deparseExpression(io.pgmicro.parse.ast.Node expr) {
        var target = io.pgmicro.parse.ast.ResTarget.newBuilder().setVal(expr).build();
        var select = io.pgmicro.parse.ast.SelectStmt.newBuilder()
                .addTargetList(io.pgmicro.parse.ast.Node.newBuilder().setResTarget(target))
                .setLimitOption(io.pgmicro.parse.ast.LimitOption.LIMIT_OPTION_DEFAULT)
                .setOp(io.pgmicro.parse.ast.SetOperation.SETOP_NONE).build();
        String text = deparse(io.pgmicro.parse.ast.Node.newBuilder().setSelectStmt(select).build());
        return text.substring("SELECT ".length());
    }

    /** Prints a statement as PostgreSQL source text. */
    public static String deparse(io.pgmicro.parse.ast.Node stmt) {
        var raw = RawStmt.newBuilder().setStmt(stmt).build();
        var tree = ParseResult.newBuilder().setVersion(150001).addStmts(raw).build();
        try {
            return new String(NativeParser.deparseProtobuf(tree.toByteArray()), StandardCharsets.UTF_8);
        } catch (NativeParseException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: cannot print parse tree: " + e.getMessage());
        }
    }

    /**
     * Compiles a {@code CREATE FUNCTION ... LANGUAGE plpgsql} statement with PostgreSQL's
     * own PL/pgSQL grammar; the result is libpg_query's JSON array of the functions.
     * A syntax error in the body is 42601 with the position inside {@code createFunction}.
     */
    public static String parsePlpgsql(String createFunction) {
        byte[] json;
        try {
            json = NativeParser.parsePlpgsqlJson(encode(createFunction));
        } catch (NativeParseException e) {
            throw syntaxError(e);
        }
        return json == null ? "[]" : new String(json, StandardCharsets.UTF_8);
    }

    /** The tokens of a text as PostgreSQL's scanner reads them, with byte offsets into its UTF-8. */
    public static List<io.pgmicro.parse.ast.ScanToken> scan(String sql) {
        try {
            return io.pgmicro.parse.ast.ScanResult.parseFrom(NativeParser.scanProtobuf(encode(sql))).getTokensList();
        } catch (NativeParseException e) {
            throw syntaxError(e);
        } catch (InvalidProtocolBufferException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: unreadable token list: " + e.getMessage());
        }
    }

    private static byte[] encode(String sql) {
        if (sql.indexOf('\0') >= 0) {
            throw new PgException(SqlState.CHARACTER_NOT_IN_REPERTOIRE, "invalid byte sequence for encoding \"UTF8\": 0x00");
        }
        return sql.getBytes(StandardCharsets.UTF_8);
    }

    private static PgException syntaxError(NativeParseException e) {
        // libpg_query reports scanner errors such as unterminated quotes with the same code.
        PgException error = new PgException(SqlState.SYNTAX_ERROR, e.getMessage()).withPosition(e.cursorPosition);
        String hint = GrammarHints.forMessage(e.getMessage());
        return hint == null ? error : error.withHint(hint);
    }

    /** Statements and the text they came from. */
    public record ParsedSql(String text, byte[] utf8, List<RawStmt> statements) {
        /** Converts a byte offset of the parse tree into a 0-based character offset of {@link #text}. */
        public int charOffset(int byteOffset) {
            if (byteOffset <= 0) {
                return byteOffset;
            }
            return new String(utf8, 0, Math.min(byteOffset, utf8.length), StandardCharsets.UTF_8).length();
        }

        /** The source text of one statement. */
        public String statementText(RawStmt stmt) {
            int start = stmt.getStmtLocation();
            int len = stmt.getStmtLen() == 0 ? utf8.length - start : stmt.getStmtLen();
            return new String(utf8, start, len, StandardCharsets.UTF_8);
        }
    }
}
