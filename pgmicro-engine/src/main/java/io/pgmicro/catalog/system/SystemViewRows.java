package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.catalog.SequenceOptions;


/** The pg_catalog views over the user schema: pg_tables, pg_views, pg_indexes, pg_sequences, pg_settings, pg_stat_user_tables;
 * and pg_prepared_statements over the session's prepared statements. */
final class SystemViewRows {
    private SystemViewRows() {
    }

    static void tables(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (RelationDef r : UserObjects.relations(catalog)) {
            if (r.isTable()) {
                out.add().set("schemaname", r.schema()).set("tablename", r.name()).set("tableowner", "postgres")
                        .set("hasindexes", !r.indexes().isEmpty()).set("hasrules", false)
                        .set("hastriggers", UserObjects.hasForeignKeyTriggers(catalog, r)).set("rowsecurity", false);
            }
        }
    }

    static void views(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (RelationDef r : UserObjects.relations(catalog)) {
            if (r.kind() == 'v') {
                out.add().set("schemaname", r.schema()).set("viewname", r.name()).set("viewowner", "postgres")
                        .set("definition", ViewText.definition(r));
            }
        }
    }

    static void indexes(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (UserObjects.TableIndex ti : UserObjects.indexes(catalog)) {
            out.add().set("schemaname", ti.table().schema()).set("tablename", ti.table().name())
                    .set("indexname", ti.index().name())
                    .set("indexdef", Definitions.index(catalog, session.searchPath(), ti.table(), ti.index(), 0, false));
        }
    }

    static void sequences(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (RelationDef r : UserObjects.relations(catalog)) {
            SequenceOptions s = r.sequence();
            if (r.kind() == 'S' && s != null) {
                out.add().set("schemaname", r.schema()).set("sequencename", r.name()).set("sequenceowner", "postgres")
                        .set("data_type", s.typeOid()).set("start_value", s.start()).set("min_value", s.min())
                        .set("max_value", s.max()).set("increment_by", s.increment()).set("cycle", s.cycle())
                        .set("cache_size", s.cache())
                        .set("last_value", new RuntimeValue("(CASE WHEN pg_sequence_is_called(" + r.oid()
                                + ") THEN pg_sequence_last_value(" + r.oid() + ") END)"));
            }
        }
    }

    /** pg_settings: each parameter's value is read when the query runs, so SET in the same session shows. */
    static void settings(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (String name : FixedSettings.pgSettingsNames()) {
            boolean fixed = FixedSettings.value(name) != null;
            out.add().set("name", name).set("setting", new RuntimeValue("current_setting('" + name + "', 1)"))
                    .set("context", fixed ? "internal" : "user").set("vartype", "string")
                    .set("source", fixed ? "default" : "session").set("pending_restart", false);
        }
    }

    static void preparedStatements(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (PreparedStatementInfo p : session.preparedStatements()) {
            out.add().set("name", p.name()).set("statement", p.statement()).set("prepare_time", p.prepareTime())
                    .set("parameter_types", p.parameterTypes()).set("from_sql", p.fromSql())
                    .set("generic_plans", p.genericPlans()).set("custom_plans", p.customPlans());
        }
    }

    static void cursors(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (CursorInfo c : session.cursors()) {
            out.add().set("name", c.name()).set("statement", c.statement()).set("is_holdable", c.holdable())
                    .set("is_binary", c.binary()).set("is_scrollable", c.scrollable())
                    .set("creation_time", c.creationTime());
        }
    }

    static void userTableStatistics(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (RelationDef r : UserObjects.relations(catalog)) {
            if (r.isTable()) {
                Rows.Row row = out.add().set("relid", r.oid()).set("schemaname", r.schema()).set("relname", r.name());
                for (String counter : new String[] {"seq_scan", "seq_tup_read", "n_tup_ins", "n_tup_upd", "n_tup_del",
                        "n_tup_hot_upd", "n_live_tup", "n_dead_tup", "n_mod_since_analyze", "n_ins_since_vacuum",
                        "vacuum_count", "autovacuum_count", "analyze_count", "autoanalyze_count"}) {
                    row.set(counter, 0L);
                }
            }
        }
    }

}
