package io.pgmicro.catalog.system;

import io.pgmicro.catalog.FunctionSignature;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog and session functions clients call (psql, pgjdbc, Flyway, Liquibase,
 * Hibernate), for the analyzer's function lookup. Each is a SQLite function of the
 * same name registered by io.pgmicro.exec.functions.CatalogFunctions.
 */
public final class CatalogFunctionSignatures {
    private CatalogFunctionSignatures() {
    }

    public static List<FunctionSignature> all() {
        List<FunctionSignature> out = new ArrayList<>();
        lenient(out, "format_type", Types.TEXT, 's', Types.OID, Types.INT4);
        stable(out, "pg_get_expr", Types.TEXT, Types.PG_NODE_TREE, Types.OID);
        stable(out, "pg_get_expr", Types.TEXT, Types.PG_NODE_TREE, Types.OID, Types.BOOL);
        stable(out, "pg_get_constraintdef", Types.TEXT, Types.OID);
        stable(out, "pg_get_constraintdef", Types.TEXT, Types.OID, Types.BOOL);
        stable(out, "pg_get_indexdef", Types.TEXT, Types.OID);
        stable(out, "pg_get_indexdef", Types.TEXT, Types.OID, Types.INT4, Types.BOOL);
        stable(out, "pg_get_viewdef", Types.TEXT, Types.OID);
        stable(out, "pg_get_viewdef", Types.TEXT, Types.OID, Types.BOOL);
        stable(out, "pg_get_partkeydef", Types.TEXT, Types.OID);
        stable(out, "pg_get_function_result", Types.TEXT, Types.OID);
        stable(out, "pg_get_function_arguments", Types.TEXT, Types.OID);
        stable(out, "pg_get_function_identity_arguments", Types.TEXT, Types.OID);
        stable(out, "pg_get_functiondef", Types.TEXT, Types.OID);
        stable(out, "pg_get_triggerdef", Types.TEXT, Types.OID);
        stable(out, "pg_get_triggerdef", Types.TEXT, Types.OID, Types.BOOL);
        stable(out, "pg_get_statisticsobjdef_columns", Types.TEXT, Types.OID);
        stable(out, "pg_relation_is_publishable", Types.BOOL, Types.REGCLASS);
        out.add(new FunctionSignature("pg_partition_ancestors", List.of(Types.REGCLASS), null, Types.REGCLASS,
                FunctionSignature.Kind.NORMAL, "pg_partition_ancestors(%1$s)", true, 'v', true));
        stable(out, "pg_table_is_visible", Types.BOOL, Types.OID);
        stable(out, "pg_type_is_visible", Types.BOOL, Types.OID);
        stable(out, "pg_function_is_visible", Types.BOOL, Types.OID);
        stable(out, "obj_description", Types.TEXT, Types.OID);
        stable(out, "obj_description", Types.TEXT, Types.OID, Types.NAME);
        stable(out, "col_description", Types.TEXT, Types.OID, Types.INT4);
        stable(out, "shobj_description", Types.TEXT, Types.OID, Types.NAME);
        stable(out, "pg_get_serial_sequence", Types.TEXT, Types.TEXT, Types.TEXT);
        stable(out, "pg_get_userbyid", Types.NAME, Types.OID);
        stable(out, "current_schemas", Types.arrayOf(Types.NAME), Types.BOOL);
        stable(out, "current_setting", Types.TEXT, Types.TEXT);
        stable(out, "current_setting", Types.TEXT, Types.TEXT, Types.BOOL);
        volatileCall(out, "set_config", Types.TEXT, false, Types.TEXT, Types.TEXT, Types.BOOL);
        for (String object : List.of("table", "schema", "database", "sequence", "column", "function")) {
            String name = "has_" + object + "_privilege";
            stable(out, name, Types.BOOL, Types.TEXT, Types.TEXT);
            stable(out, name, Types.BOOL, Types.OID, Types.TEXT);
            stable(out, name, Types.BOOL, Types.NAME, Types.TEXT, Types.TEXT);
            stable(out, name, Types.BOOL, Types.NAME, Types.OID, Types.TEXT);
        }
        stable(out, "pg_encoding_to_char", Types.NAME, Types.INT4);
        stable(out, "pg_backend_pid", Types.INT4);
        volatileCall(out, "txid_current", Types.INT8, true);
        volatileCall(out, "pg_trigger_depth", Types.INT4, true);
        stable(out, "pg_postmaster_start_time", Types.TIMESTAMPTZ);
        stable(out, "pg_is_in_recovery", Types.BOOL);
        volatileCall(out, "pg_relation_size", Types.INT8, true, Types.REGCLASS);
        volatileCall(out, "pg_total_relation_size", Types.INT8, true, Types.REGCLASS);
        volatileCall(out, "pg_table_size", Types.INT8, true, Types.REGCLASS);
        volatileCall(out, "pg_indexes_size", Types.INT8, true, Types.REGCLASS);
        stable(out, "to_regclass", Types.REGCLASS, Types.TEXT);
        stable(out, "to_regtype", Types.REGTYPE, Types.TEXT);
        stable(out, "to_regproc", Types.REGPROC, Types.TEXT);
        stable(out, "to_regnamespace", Types.REGNAMESPACE, Types.TEXT);
        stable(out, "to_regrole", Types.REGROLE, Types.TEXT);
        volatileCall(out, "pg_advisory_lock", Types.VOID, true, Types.INT8);
        volatileCall(out, "pg_advisory_xact_lock", Types.VOID, true, Types.INT8);
        volatileCall(out, "pg_try_advisory_lock", Types.BOOL, true, Types.INT8);
        volatileCall(out, "pg_try_advisory_xact_lock", Types.BOOL, true, Types.INT8);
        volatileCall(out, "pg_advisory_unlock", Types.BOOL, true, Types.INT8);
        volatileCall(out, "pg_advisory_unlock_all", Types.VOID, true);
        return out;
    }

    private static void stable(List<FunctionSignature> out, String name, PgType result, PgType... args) {
        out.add(signature(name, result, true, 's', args));
    }

    /** format_type accepts a NULL typmod (meaning none), so it is not strict. */
    private static void lenient(List<FunctionSignature> out, String name, PgType result, char volatility, PgType... args) {
        out.add(signature(name, result, false, volatility, args));
    }

    private static void volatileCall(List<FunctionSignature> out, String name, PgType result, boolean strict, PgType... args) {
        out.add(signature(name, result, strict, 'v', args));
    }

    private static FunctionSignature signature(String name, PgType result, boolean strict, char volatility, PgType... args) {
        StringBuilder template = new StringBuilder(name).append('(');
        for (int i = 1; i <= args.length; i++) {
            template.append(i == 1 ? "" : ", ").append('%').append(i).append("$s");
        }
        template.append(')');
        return new FunctionSignature(name, List.of(args), null, result, FunctionSignature.Kind.NORMAL,
                template.toString(), strict, volatility, false);
    }
}
