package io.pgmicro.catalog.system;

import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.ConstraintDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.catalog.SequenceOptions;
import io.pgmicro.types.PgType;
import io.pgmicro.types.TypeMods;
import io.pgmicro.types.TypeNames;
import io.pgmicro.types.Types;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The information_schema views over the user schema, as PostgreSQL 15 defines them for a superuser. */
final class InformationSchemaRows {
    private InformationSchemaRows() {
    }

    static void schemata(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        Map<Integer, String> byOid = new TreeMap<>();
        catalog.schemas().forEach((name, oid) -> byOid.put(oid, name));
        byOid.put(ObjectIds.PG_TOAST_NAMESPACE, "pg_toast");
        byOid.forEach((oid, name) -> out.add().set("catalog_name", RuntimeValue.currentDatabase()).set("schema_name", name)
                .set("schema_owner", oid == ObjectIds.PUBLIC_NAMESPACE ? "pg_database_owner" : "postgres"));
    }

    static void tables(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (RelationDef r : UserObjects.relations(catalog)) {
            if (r.isTable() || r.kind() == 'v') {
                table(out, r.schema(), r.name(), r.isTable() ? "BASE TABLE" : "VIEW", r.isTable());
            }
        }
        for (SystemTable t : SystemCatalog.all()) {
            table(out, t.schema(), t.name(), t.kind() == 'r' ? "BASE TABLE" : "VIEW", t.kind() == 'r');
        }
    }

    private static void table(Rows out, String schema, String name, String type, boolean insertable) {
        out.add().set("table_catalog", RuntimeValue.currentDatabase()).set("table_schema", schema).set("table_name", name)
                .set("table_type", type).set("is_insertable_into", insertable ? "YES" : "NO").set("is_typed", "NO");
    }

    /** One row per trigger and event (TRUNCATE is not listed), ranked by name among its table's like triggers. */
    static void triggers(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        List<io.pgmicro.catalog.TriggerDef> all = PgTriggerRows.triggers(catalog);
        for (io.pgmicro.catalog.TriggerDef t : all) {
            RelationDef table = catalog.relation(t.tableOid());
            for (String event : List.of("INSERT", "DELETE", "UPDATE")) {
                if (!t.events().contains(event)) {
                    continue;
                }
                // rank() OVER (PARTITION BY table, event, row or statement, timing ORDER BY name)
                long order = 1 + all.stream().filter(o -> o.tableOid() == t.tableOid() && o.events().contains(event)
                        && o.forEachRow() == t.forEachRow() && o.timing() == t.timing() && o.name().compareTo(t.name()) < 0)
                        .count();
                out.add().set("trigger_catalog", RuntimeValue.currentDatabase()).set("trigger_schema", table.schema())
                        .set("trigger_name", t.name()).set("event_manipulation", event)
                        .set("event_object_catalog", RuntimeValue.currentDatabase()).set("event_object_schema", table.schema())
                        .set("event_object_table", table.name()).set("action_order", order)
                        .set("action_condition", TriggerDefinitions.condition(t))
                        .set("action_statement", TriggerDefinitions.action(t, catalog, session))
                        .set("action_orientation", t.forEachRow() ? "ROW" : "STATEMENT")
                        .set("action_timing", t.timing() == 'B' ? "BEFORE" : t.timing() == 'I' ? "INSTEAD OF" : "AFTER");
            }
        }
    }

    static void columns(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (RelationDef r : UserObjects.relations(catalog)) {
            if (!r.isTable() && r.kind() != 'v') {
                continue;
            }
            for (AttributeDef a : r.attributes()) {
                PgType type = catalog.type(a.typeOid());
                String defaultText = a.defaultExpr() == null || a.generatedExpr() != null ? null
                        : ExpressionPrinter.print(PgAttrdefRows.source(a.defaultExpr(), a, r, catalog, session), r, catalog, false);
                Rows.Row row = out.add().set("table_catalog", RuntimeValue.currentDatabase()).set("table_schema", r.schema())
                        .set("table_name", r.name()).set("column_name", a.name()).set("ordinal_position", a.attnum())
                        .set("column_default", defaultText).set("is_nullable", a.notNull() ? "NO" : "YES")
                        .set("data_type", dataType(type)).set("udt_catalog", RuntimeValue.currentDatabase())
                        .set("udt_schema", udtSchema(type, catalog)).set("udt_name", type.name())
                        .set("dtd_identifier", String.valueOf(a.attnum()))
                        .set("is_self_referencing", "NO").set("is_identity", UserObjects.identity(a).isEmpty() ? "NO" : "YES")
                        .set("identity_generation", switch (UserObjects.identity(a)) {
                            case "a" -> "ALWAYS";
                            case "d" -> "BY DEFAULT";
                            default -> null;
                        })
                        .set("identity_cycle", "NO")
                        .set("is_generated", a.generatedExpr() != null ? "ALWAYS" : "NEVER")
                        .set("generation_expression", a.generatedExpr())
                        .set("is_updatable", r.isTable() ? "YES" : "NO");
                typeFacets(row, type, a.typmod());
            }
        }
    }

    private static String udtSchema(PgType type, CatalogSnapshot catalog) {
        for (var e : catalog.enums()) {
            if (e.oid() == type.oid() || e.arrayOid() == type.oid()) {
                return e.schema();
            }
        }
        return "pg_catalog";
    }

    /** information_schema's data_type: the SQL name, "ARRAY" for arrays, "USER-DEFINED" for enums. */
    private static String dataType(PgType type) {
        if (type.category() == 'A') {
            return "ARRAY";
        }
        if (type.category() == 'E') {
            return "USER-DEFINED";
        }
        return TypeNames.of(type);
    }

    private static void typeFacets(Rows.Row row, PgType type, int typmod) {
        if (type.equals(Types.VARCHAR) || type.equals(Types.BPCHAR)) {
            int length = typmod >= 0 ? TypeMods.charLength(typmod) : type.equals(Types.BPCHAR) ? 1 : -1;
            row.set("character_maximum_length", length >= 0 ? (Object) length : null)
                    .set("character_octet_length", length >= 0 ? length * 4 : 1_073_741_824);
        } else if (type.equals(Types.TEXT)) {
            row.set("character_octet_length", 1_073_741_824);
        } else if (type.equals(Types.INT2) || type.equals(Types.INT4) || type.equals(Types.INT8)) {
            row.set("numeric_precision", type.typlen() * 8).set("numeric_precision_radix", 2).set("numeric_scale", 0);
        } else if (type.equals(Types.FLOAT4) || type.equals(Types.FLOAT8)) {
            row.set("numeric_precision", type.equals(Types.FLOAT4) ? 24 : 53).set("numeric_precision_radix", 2);
        } else if (type.equals(Types.NUMERIC)) {
            row.set("numeric_precision_radix", 10);
            if (typmod >= 0) {
                row.set("numeric_precision", TypeMods.numericPrecision(typmod)).set("numeric_scale", TypeMods.numericScale(typmod));
            }
        } else if (type.category() == 'D' || type.equals(Types.INTERVAL)) {
            row.set("datetime_precision", type.equals(Types.DATE) ? 0 : typmod >= 0 ? typmod : 6);
        }
    }

    static void views(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (RelationDef r : UserObjects.relations(catalog)) {
            if (r.kind() == 'v') {
                out.add().set("table_catalog", RuntimeValue.currentDatabase()).set("table_schema", r.schema())
                        .set("table_name", r.name()).set("view_definition", ViewText.definition(r)).set("check_option", "NONE")
                        .set("is_updatable", "NO").set("is_insertable_into", "NO").set("is_trigger_updatable", "NO")
                        .set("is_trigger_deletable", "NO").set("is_trigger_insertable_into", "NO");
            }
        }
    }

    static void tableConstraints(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (UserObjects.TableConstraint tc : UserObjects.constraints(catalog)) {
            constraint(out, tc.table(), tc.constraint().name(), switch (tc.constraint().type()) {
                case 'p' -> "PRIMARY KEY";
                case 'u' -> "UNIQUE";
                case 'f' -> "FOREIGN KEY";
                default -> "CHECK";
            }, tc.constraint().deferrable(), tc.constraint().deferred());
        }
        for (RelationDef r : UserObjects.relations(catalog)) {
            if (r.isTable()) {
                for (AttributeDef a : r.attributes()) {
                    if (a.notNull()) {
                        constraint(out, r, notNullName(catalog, r, a), "CHECK", false, false);
                    }
                }
            }
        }
    }

    /** PostgreSQL 15 shows each NOT NULL column as a CHECK constraint named namespace_table_column_not_null (OIDs and attnum). */
    private static String notNullName(CatalogSnapshot catalog, RelationDef r, AttributeDef a) {
        return UserObjects.namespaceOid(catalog, r.schema()) + "_" + r.oid() + "_" + a.attnum() + "_not_null";
    }

    private static void constraint(Rows out, RelationDef r, String name, String type, boolean deferrable,
                                   boolean deferred) {
        out.add().set("constraint_catalog", RuntimeValue.currentDatabase()).set("constraint_schema", r.schema())
                .set("constraint_name", name).set("table_catalog", RuntimeValue.currentDatabase()).set("table_schema", r.schema())
                .set("table_name", r.name()).set("constraint_type", type).set("is_deferrable", deferrable ? "YES" : "NO")
                .set("initially_deferred", deferred ? "YES" : "NO").set("enforced", "YES").set("nulls_distinct", type.equals("UNIQUE") ? "YES" : null);
    }

    static void checkConstraints(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (UserObjects.TableConstraint tc : UserObjects.constraints(catalog)) {
            if (tc.constraint().type() == 'c') {
                String def = Definitions.constraint(catalog, session.searchPath(), tc.table(), tc.constraint(), false);
                check(out, tc.table(), tc.constraint().name(), def.substring("CHECK ".length()));
            }
        }
        for (RelationDef r : UserObjects.relations(catalog)) {
            if (r.isTable()) {
                for (AttributeDef a : r.attributes()) {
                    if (a.notNull()) {
                        check(out, r, notNullName(catalog, r, a), ExpressionPrinter.quoteIdent(a.name()) + " IS NOT NULL");
                    }
                }
            }
        }
    }

    private static void check(Rows out, RelationDef r, String name, String clause) {
        out.add().set("constraint_catalog", RuntimeValue.currentDatabase()).set("constraint_schema", r.schema())
                .set("constraint_name", name).set("check_clause", clause);
    }

    static void keyColumnUsage(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (UserObjects.TableConstraint tc : UserObjects.constraints(catalog)) {
            ConstraintDef c = tc.constraint();
            if (c.type() == 'c') {
                continue;
            }
            for (int i = 0; i < c.columns().size(); i++) {
                Integer position = null;
                if (c.type() == 'f') {
                    position = uniquePosition(catalog, c, i);
                }
                out.add().set("constraint_catalog", RuntimeValue.currentDatabase()).set("constraint_schema", tc.table().schema())
                        .set("constraint_name", c.name()).set("table_catalog", RuntimeValue.currentDatabase())
                        .set("table_schema", tc.table().schema()).set("table_name", tc.table().name())
                        .set("column_name", c.columns().get(i)).set("ordinal_position", i + 1)
                        .set("position_in_unique_constraint", position);
            }
        }
    }

    /** Where the i-th referenced column of a foreign key sits in the referenced key. */
    private static Integer uniquePosition(CatalogSnapshot catalog, ConstraintDef fk, int i) {
        ConstraintDef key = referencedKey(catalog, fk);
        if (key == null) {
            return null;
        }
        int at = key.columns().indexOf(fk.refColumns().get(i));
        return at < 0 ? null : at + 1;
    }

    /** The primary key or unique constraint a foreign key references. */
    private static ConstraintDef referencedKey(CatalogSnapshot catalog, ConstraintDef fk) {
        RelationDef target = catalog.relation(fk.refTableOid());
        if (target == null) {
            return null;
        }
        ConstraintDef found = null;
        for (ConstraintDef c : target.constraints()) {
            if ((c.type() == 'p' || c.type() == 'u') && c.columns().size() == fk.refColumns().size()
                    && c.columns().containsAll(fk.refColumns()) && (found == null || c.type() == 'p')) {
                found = c;
            }
        }
        return found;
    }

    static void referentialConstraints(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (UserObjects.TableConstraint tc : UserObjects.constraints(catalog)) {
            ConstraintDef c = tc.constraint();
            if (c.type() != 'f') {
                continue;
            }
            ConstraintDef key = referencedKey(catalog, c);
            RelationDef target = catalog.relation(c.refTableOid());
            out.add().set("constraint_catalog", RuntimeValue.currentDatabase()).set("constraint_schema", tc.table().schema())
                    .set("constraint_name", c.name()).set("unique_constraint_catalog", RuntimeValue.currentDatabase())
                    .set("unique_constraint_schema", target == null ? null : target.schema())
                    .set("unique_constraint_name", key == null ? null : key.name()).set("match_option", "NONE")
                    .set("update_rule", rule(c.onUpdate())).set("delete_rule", rule(c.onDelete()));
        }
    }

    private static String rule(char action) {
        return switch (action) {
            case 'c' -> "CASCADE";
            case 'n' -> "SET NULL";
            case 'd' -> "SET DEFAULT";
            case 'r' -> "RESTRICT";
            default -> "NO ACTION";
        };
    }

    static void constraintColumnUsage(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (UserObjects.TableConstraint tc : UserObjects.constraints(catalog)) {
            ConstraintDef c = tc.constraint();
            RelationDef table = c.type() == 'f' ? catalog.relation(c.refTableOid()) : tc.table();
            List<String> columns = c.type() == 'f' ? c.refColumns() : c.columns();
            if (table == null) {
                continue;
            }
            for (String column : columns) {
                out.add().set("table_catalog", RuntimeValue.currentDatabase()).set("table_schema", table.schema())
                        .set("table_name", table.name()).set("column_name", column)
                        .set("constraint_catalog", RuntimeValue.currentDatabase()).set("constraint_schema", tc.table().schema())
                        .set("constraint_name", c.name());
            }
        }
    }

    static void sequences(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (RelationDef r : UserObjects.relations(catalog)) {
            SequenceOptions s = r.sequence();
            if (r.kind() == 'S' && s != null) {
                PgType type = catalog.type(s.typeOid());
                out.add().set("sequence_catalog", RuntimeValue.currentDatabase()).set("sequence_schema", r.schema())
                        .set("sequence_name", r.name()).set("data_type", TypeNames.of(type))
                        .set("numeric_precision", type.typlen() * 8).set("numeric_precision_radix", 2).set("numeric_scale", 0)
                        .set("start_value", String.valueOf(s.start())).set("minimum_value", String.valueOf(s.min()))
                        .set("maximum_value", String.valueOf(s.max())).set("increment", String.valueOf(s.increment()))
                        .set("cycle_option", s.cycle() ? "YES" : "NO");
            }
        }
    }
}
