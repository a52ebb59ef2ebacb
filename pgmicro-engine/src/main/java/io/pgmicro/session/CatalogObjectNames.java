package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.system.CatalogLookups;
import io.pgmicro.emit.QualifiedNames;
import io.pgmicro.types.ObjectNames;
import java.util.ArrayList;
import java.util.List;

/** The names the reg* types read and print, from one catalog snapshot and search path (see ObjectNames). */
final class CatalogObjectNames implements ObjectNames {
    private final CatalogLookups lookups;

    CatalogObjectNames(CatalogSnapshot catalog, List<String> searchPath) {
        this.lookups = new CatalogLookups(catalog, searchPath);
    }

    @Override
    public Long oid(String regType, String name) {
        return switch (regType) {
            case "regclass" -> {
                String[] parts = QualifiedNames.split(name);
                yield lookups.relationOid(schema(parts), parts[parts.length - 1]);
            }
            case "regtype" -> lookups.typeOid(name);
            case "regproc" -> function(name);
            case "regprocedure" -> procedure(name);
            case "regnamespace" -> lookups.namespaceOid(QualifiedNames.split(name)[0]);
            case "regrole" -> name.equals("postgres") ? 10L : null;
            default -> null;
        };
    }

    @Override
    public String name(String regType, long oid) {
        return switch (regType) {
            case "regclass" -> {
                String name = lookups.relationName(oid);
                yield name.equals(Long.toString(oid)) ? null : name;
            }
            case "regtype" -> {
                String name = lookups.formatType(oid, null);
                yield name.equals("???") ? null : name;
            }
            case "regproc" -> lookups.functionName(oid);
            case "regprocedure" -> lookups.functionSignature(oid);
            case "regnamespace" -> lookups.namespaceName(oid);
            case "regrole" -> oid == 10 ? "postgres" : null;
            default -> null;
        };
    }

    private static String schema(String[] parts) {
        return parts.length > 1 ? parts[parts.length - 2] : null;
    }

    /** regproc input: the one function of that name; more than one is an error, as in PostgreSQL. */
    private Long function(String text) {
        String[] parts = QualifiedNames.split(text);
        List<Long> oids = lookups.functionOids(schema(parts), parts[parts.length - 1]);
        if (oids.size() > 1) {
            throw new PgException(SqlState.AMBIGUOUS_FUNCTION, "more than one function named \"" + text + "\"");
        }
        return oids.isEmpty() ? null : oids.get(0);
    }

    /** regprocedure input: name(type, ...), each type read as regtype reads it. */
    private Long procedure(String text) {
        int open = text.indexOf('(');
        if (open < 0 || !text.endsWith(")")) {
            throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "expected a left parenthesis");
        }
        String[] parts = QualifiedNames.split(text.substring(0, open));
        String inside = text.substring(open + 1, text.length() - 1).trim();
        List<Long> argTypes = new ArrayList<>();
        for (String arg : inside.isEmpty() ? new String[0] : inside.split(",")) {
            Long type = lookups.typeOid(arg.trim());
            if (type == null) {
                throw new PgException(SqlState.UNDEFINED_OBJECT, "type \"" + arg.trim() + "\" does not exist");
            }
            argTypes.add(type);
        }
        return lookups.functionOid(schema(parts), parts[parts.length - 1], argTypes);
    }
}
