package io.pgmicro.catalog;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.PgType;
import io.pgmicro.types.StorageClass;
import io.pgmicro.types.TypeCodec;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The user schema at one moment: schemas, relations, enum and composite types and domains, as loaded from
 * pgmicro's catalog tables. Immutable; DDL produces a new snapshot.
 */
public final class CatalogSnapshot {
    public static final int PG_CATALOG_OID = 11;
    public static final int PUBLIC_OID = 2200;

    private final Map<String, Integer> schemas;
    private final Map<Integer, RelationDef> relations;
    private final Map<String, RelationDef> relationsByName = new HashMap<>();
    private final Map<Integer, EnumTypeDef> enums;
    private final Map<Integer, PgType> enumTypes = new HashMap<>();
    private final Map<String, EnumTypeDef> enumsByName = new HashMap<>();
    private final Map<Integer, DomainDef> domains;
    private final Map<String, DomainDef> domainsByName = new HashMap<>();
    private final Map<Integer, CompositeTypeDef> composites;
    private final Map<String, CompositeTypeDef> compositesByName = new HashMap<>();
    private final Map<Integer, PgType> compositeTypes = new HashMap<>();

    private final Map<Integer, long[]> sequencePositions;
    private final Map<Integer, RoutineDef> routines;
    private final Map<String, List<RoutineDef>> routinesByName = new HashMap<>();
    private final Map<Integer, TriggerDef> triggers;

    public CatalogSnapshot(Map<String, Integer> schemas, Map<Integer, RelationDef> relations, Map<Integer, EnumTypeDef> enums,
                           Map<Integer, long[]> sequencePositions) {
        this(schemas, relations, enums, sequencePositions, Map.of(), Map.of());
    }

    public CatalogSnapshot(Map<String, Integer> schemas, Map<Integer, RelationDef> relations, Map<Integer, EnumTypeDef> enums,
                           Map<Integer, long[]> sequencePositions, Map<Integer, RoutineDef> routines,
                           Map<Integer, TriggerDef> triggers) {
        this(schemas, relations, enums, sequencePositions, routines, triggers, Map.of());
    }

    public CatalogSnapshot(Map<String, Integer> schemas, Map<Integer, RelationDef> relations, Map<Integer, EnumTypeDef> enums,
                           Map<Integer, long[]> sequencePositions, Map<Integer, RoutineDef> routines,
                           Map<Integer, TriggerDef> triggers, Map<Integer, DomainDef> domains) {
        this(schemas, relations, enums, sequencePositions, routines, triggers, domains, Map.of());
    }

    public CatalogSnapshot(Map<String, Integer> schemas, Map<Integer, RelationDef> relations, Map<Integer, EnumTypeDef> enums,
                           Map<Integer, long[]> sequencePositions, Map<Integer, RoutineDef> routines,
                           Map<Integer, TriggerDef> triggers, Map<Integer, DomainDef> domains,
                           Map<Integer, CompositeTypeDef> composites) {
        this.domains = Map.copyOf(domains);
        for (DomainDef d : domains.values()) {
            domainsByName.put(d.schema() + "." + d.name(), d);
        }
        this.routines = Map.copyOf(routines);
        this.triggers = Map.copyOf(triggers);
        for (RoutineDef r : routines.values()) {
            routinesByName.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
        }
        this.sequencePositions = Map.copyOf(sequencePositions);
        this.schemas = Map.copyOf(schemas);
        this.relations = Map.copyOf(relations);
        this.enums = Map.copyOf(enums);
        for (RelationDef r : relations.values()) {
            relationsByName.put(r.schema() + "." + r.name(), r);
        }
        for (EnumTypeDef e : enums.values()) {
            enumsByName.put(e.schema() + "." + e.name(), e);
            PgType type = new PgType(e.oid(), e.name(), 4, 'E', false, StorageClass.TEXT, 0, e.arrayOid(), enumCodec(e));
            enumTypes.put(e.oid(), type);
        }
        this.composites = Map.copyOf(composites);
        for (CompositeTypeDef c : composites.values()) {
            compositesByName.put(c.schema() + "." + c.name(), c);
        }
        for (CompositeTypeDef c : composites.values()) {
            compositeType(c);
        }
    }

    /**
     * A composite type's PgType, its fields resolved (a field may itself be of a composite
     * type made earlier, so they are built on demand, each once).
     */
    private PgType compositeType(CompositeTypeDef c) {
        PgType built = compositeTypes.get(c.oid());
        if (built != null) {
            return built;
        }
        List<PgType.Field> fields = new ArrayList<>();
        for (CompositeTypeDef.Attribute a : c.attributes()) {
            CompositeTypeDef nested = composites.get(a.typeOid());
            PgType t = nested != null && nested != c ? compositeType(nested) : type(a.typeOid());
            fields.add(new PgType.Field(a.name(), t == null ? Types.TEXT : t, a.typmod()));
        }
        PgType type = io.pgmicro.types.CompositeCodec.type(c.oid(), c.name(), c.arrayOid(), fields);
        compositeTypes.put(c.oid(), type);
        return type;
    }

    public Collection<CompositeTypeDef> composites() {
        return composites.values();
    }

    public CompositeTypeDef composite(int oid) {
        return composites.get(oid);
    }

    /** The composite type a relation of kind 'c' stands for, by its pg_class OID; null if none. */
    public CompositeTypeDef compositeByClass(int classOid) {
        for (CompositeTypeDef c : composites.values()) {
            if (c.classOid() == classOid) {
                return c;
            }
        }
        return null;
    }

    public Map<String, Integer> schemas() {
        return schemas;
    }

    public boolean hasSchema(String name) {
        return schemas.containsKey(name);
    }

    /** How the tables inherit from each other. */
    public InheritanceTree inheritance() {
        return new InheritanceTree(this);
    }

    public Collection<RelationDef> relations() {
        return relations.values();
    }

    public RelationDef relation(int oid) {
        return relations.get(oid);
    }

    public RelationDef relation(String schema, String name) {
        return relationsByName.get(schema + "." + name);
    }

    /** Finds a relation by possibly qualified name, searching the path when unqualified. */
    public RelationDef findRelation(String schema, String name, List<String> searchPath) {
        if (schema != null && !schema.isEmpty()) {
            return relation(schema, name);
        }
        for (String s : searchPath) {
            RelationDef r = relation(s, name);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    public Collection<RoutineDef> routines() {
        return routines.values();
    }

    public RoutineDef routine(int oid) {
        return routines.get(oid);
    }

    /** User functions and procedures of this name in any schema (callers filter by the search path). */
    public List<RoutineDef> routines(String name) {
        return routinesByName.getOrDefault(name, List.of());
    }

    public Collection<TriggerDef> triggers() {
        return triggers.values();
    }

    /** The triggers of a table in the order PostgreSQL fires them: by name. */
    public List<TriggerDef> triggersOf(int tableOid) {
        return triggers.values().stream().filter(t -> t.tableOid() == tableOid)
                .sorted(java.util.Comparator.comparing(TriggerDef::name)).toList();
    }

    /** A sequence's stored position {last_value, is_called} when the snapshot was read, or null if it has none. */
    public long[] storedSequencePosition(int oid) {
        return sequencePositions.get(oid);
    }

    public Collection<EnumTypeDef> enums() {
        return enums.values();
    }

    public EnumTypeDef enumType(int oid) {
        return enums.get(oid);
    }

    /** A type by OID: built-in, an enum, or an array of an enum. */
    public PgType type(int oid) {
        PgType builtin = Types.byOid(oid);
        if (builtin != null) {
            return builtin;
        }
        PgType e = enumTypes.get(oid);
        if (e != null) {
            return e;
        }
        PgType composite = compositeTypes.get(oid);
        if (composite != null) {
            return composite;
        }
        for (EnumTypeDef def : enums.values()) {
            if (def.arrayOid() == oid) {
                return arrayOf(def.name(), oid, enumTypes.get(def.oid()));
            }
        }
        for (CompositeTypeDef def : composites.values()) {
            if (def.arrayOid() == oid) {
                return arrayOf(def.name(), oid, compositeTypes.get(def.oid()));
            }
        }
        return null;
    }

    private static PgType arrayOf(String elementName, int oid, PgType element) {
        return new PgType(oid, "_" + elementName, -1, 'A', false, StorageClass.TEXT, element.oid(), 0,
                Types.arrayCodecOf(element));
    }

    /** Finds a user-defined type by possibly qualified name, or null. */
    public PgType findUserType(String schema, String name, List<String> searchPath) {
        for (String s : schema != null && !schema.isEmpty() ? List.of(schema) : searchPath) {
            EnumTypeDef e = enumsByName.get(s + "." + name);
            if (e != null) {
                return enumTypes.get(e.oid());
            }
            CompositeTypeDef c = compositesByName.get(s + "." + name);
            if (c != null) {
                return compositeTypes.get(c.oid());
            }
        }
        return null;
    }

    public Collection<DomainDef> domains() {
        return domains.values();
    }

    public DomainDef domain(int oid) {
        return domains.get(oid);
    }

    /** Finds a domain by possibly qualified name, searching the path when unqualified; null if none. */
    public DomainDef findDomain(String schema, String name, List<String> searchPath) {
        if (schema != null && !schema.isEmpty()) {
            return domainsByName.get(schema + "." + name);
        }
        for (String s : searchPath) {
            DomainDef d = domainsByName.get(s + "." + name);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** A domain and the domains it is declared over, innermost first; empty for 0 or an unknown OID. */
    public List<DomainDef> domainChain(int oid) {
        List<DomainDef> chain = new java.util.ArrayList<>();
        for (DomainDef d = domains.get(oid); d != null; d = domains.get(d.parentOid())) {
            chain.add(d);
        }
        return chain;
    }

    public EnumTypeDef findEnum(String schema, String name, List<String> searchPath) {
        PgType t = findUserType(schema, name, searchPath);
        return t == null ? null : enums.get(t.oid());
    }

    /** The relations whose foreign keys reference the given table. */
    public List<RelationDef> referencing(int tableOid) {
        List<RelationDef> out = new ArrayList<>();
        for (RelationDef r : relations.values()) {
            for (ConstraintDef c : r.constraints()) {
                if (c.type() == 'f' && c.refTableOid() == tableOid) {
                    out.add(r);
                    break;
                }
            }
        }
        return out;
    }

    private static TypeCodec enumCodec(EnumTypeDef def) {
        return new TypeCodec() {
            @Override
            public Object input(String text, int typmod, FormatContext ctx) {
                if (!def.labels().contains(text)) {
                    throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION,
                            "invalid input value for enum " + def.name() + ": \"" + text + "\"");
                }
                return text;
            }

            @Override
            public String output(Object storage, FormatContext ctx) {
                return storage.toString();
            }
        };
    }
}
