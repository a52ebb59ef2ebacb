package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.parse.ast.DefElem;
import io.pgmicro.parse.ast.Node;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The options of a COPY statement (the parser turns the old "WITH CSV HEADER" spelling
 * into the same option list), with PostgreSQL's defaults and its checks of them.
 *
 * @param headerMatch   HEADER MATCH: COPY FROM checks the header line's names against the columns
 * @param forceQuoteAll FORCE_QUOTE *
 */
record CopyOptions(boolean csv, char delimiter, String nullString, boolean header, boolean headerMatch, char quote,
                   char escape, boolean forceQuoteAll, Set<String> forceQuote, Set<String> forceNotNull,
                   Set<String> forceNull) {

    static CopyOptions of(List<Node> options, boolean from) {
        String format = "text";
        Character delimiter = null;
        String nullString = null;
        boolean header = false;
        boolean headerMatch = false;
        Character quote = null;
        Character escape = null;
        boolean forceQuoteAll = false;
        Set<String> forceQuote = new HashSet<>();
        Set<String> forceNotNull = new HashSet<>();
        Set<String> forceNull = new HashSet<>();
        for (Node node : options) {
            DefElem option = node.getDefElem();
            switch (option.getDefname()) {
                case "format" -> format = string(option).toLowerCase(Locale.ROOT);
                case "delimiter" -> delimiter = singleByte(string(option), "delimiter");
                case "null" -> nullString = string(option);
                case "header" -> {
                    headerMatch = isMatch(option);
                    if (headerMatch && !from) {
                        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot use \"match\" with HEADER in COPY TO");
                    }
                    header = headerMatch || bool(option);
                }
                case "quote" -> quote = singleByte(string(option), "quote");
                case "escape" -> escape = singleByte(string(option), "escape");
                case "force_quote" -> {
                    if (option.getArg().hasAStar()) {
                        forceQuoteAll = true;
                    } else {
                        forceQuote.addAll(names(option));
                    }
                }
                case "force_not_null" -> forceNotNull.addAll(names(option));
                case "force_null" -> forceNull.addAll(names(option));
                case "encoding" -> {
                    String encoding = string(option).toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
                    if (!encoding.equals("UTF8") && !encoding.equals("UNICODE")) {
                        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro supports COPY only in UTF8");
                    }
                }
                case "freeze" -> bool(option);
                default -> throw new PgException(SqlState.SYNTAX_ERROR,
                        "option \"" + option.getDefname() + "\" not recognized").atLocation(option.getLocation());
            }
        }
        boolean csv = switch (format) {
            case "csv" -> true;
            case "text" -> false;
            case "binary" -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support COPY in binary format");
            default -> throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "COPY format \"" + format + "\" not recognized");
        };
        if (!csv && (quote != null || escape != null)) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "COPY " + (quote != null ? "quote" : "escape") + " available only in CSV mode");
        }
        if (!csv && (forceQuoteAll || !forceQuote.isEmpty() || !forceNotNull.isEmpty() || !forceNull.isEmpty())) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY force "
                    + (!forceNotNull.isEmpty() ? "not null" : !forceNull.isEmpty() ? "null" : "quote")
                    + " available only in CSV mode");
        }
        char delim = delimiter != null ? delimiter : csv ? ',' : '\t';
        char q = quote != null ? quote : '"';
        String nulls = nullString != null ? nullString : csv ? "" : "\\N";
        if (delim == '\r' || delim == '\n') {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "COPY delimiter cannot be newline or carriage return");
        }
        if (nulls.indexOf('\r') >= 0 || nulls.indexOf('\n') >= 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "COPY null representation cannot use newline or carriage return");
        }
        if (csv && delim == q) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "COPY delimiter and quote must be different");
        }
        return new CopyOptions(csv, delim, nulls, header, headerMatch, q, escape != null ? escape : q, forceQuoteAll,
                forceQuote, forceNotNull, forceNull);
    }

    private static String string(DefElem option) {
        Node arg = option.getArg();
        if (arg.hasString()) {
            return arg.getString().getSval();
        }
        if (arg.hasInteger()) {
            return Integer.toString(arg.getInteger().getIval());
        }
        throw new PgException(SqlState.SYNTAX_ERROR, option.getDefname() + " requires a parameter");
    }

    private static boolean bool(DefElem option) {
        if (!option.hasArg()) {
            return true;
        }
        Node arg = option.getArg();
        if (arg.hasBoolean()) {
            return arg.getBoolean().getBoolval();
        }
        if (arg.hasInteger()) {
            return arg.getInteger().getIval() != 0;
        }
        String value = string(option).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true", "on", "yes", "1" -> true;
            case "false", "off", "no", "0" -> false;
            default -> throw new PgException(SqlState.SYNTAX_ERROR, option.getDefname() + " requires a Boolean value"
                    + (option.getDefname().equals("header") ? " or \"match\"" : ""));
        };
    }

    /** HEADER MATCH (the word, in any case). */
    private static boolean isMatch(DefElem option) {
        return option.hasArg() && option.getArg().hasString()
                && option.getArg().getString().getSval().equalsIgnoreCase("match");
    }

    private static char singleByte(String value, String what) {
        if (value.length() != 1 || value.charAt(0) > 0x7f) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY " + what + " must be a single one-byte character");
        }
        return value.charAt(0);
    }

    private static Set<String> names(DefElem option) {
        Set<String> out = new HashSet<>();
        for (Node n : option.getArg().getList().getItemsList()) {
            out.add(n.getString().getSval());
        }
        return out;
    }
}
