package io.pgmicro.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * A table, view or sequence as pg_class describes it, with its columns, constraints
 * and indexes. Immutable: DDL builds a changed copy and stores it.
 *
 * @param kind       'r' table, 'v' view, 'S' sequence (pg_class.relkind)
 * @param sqliteName the name of the SQLite table (or view) that holds it
 * @param viewQuery  for views, the defining query as PostgreSQL source text
 * @param sequence   for sequences, their options
 * @param inheritance its parents, partition key and bound; null when it has none
 */
public record RelationDef(int oid, String schema, String name, char kind, String sqliteName,
                          List<AttributeDef> attributes, List<ConstraintDef> constraints, List<IndexDef> indexes,
                          String viewQuery, SequenceOptions sequence, String comment, java.util.Map<String, String> columnComments,
                          Inheritance inheritance) {

    public RelationDef(int oid, String schema, String name, char kind, String sqliteName,
                       List<AttributeDef> attributes, List<ConstraintDef> constraints, List<IndexDef> indexes,
                       String viewQuery, SequenceOptions sequence, String comment, java.util.Map<String, String> columnComments) {
        this(oid, schema, name, kind, sqliteName, attributes, constraints, indexes, viewQuery, sequence, comment, columnComments, null);
    }

    /** Its place in a hierarchy; {@link Inheritance#NONE} for a table on its own. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public Inheritance hierarchy() {
        return inheritance == null ? Inheritance.NONE : inheritance;
    }

    /** A table (kind 'r' or 'p'): something rows can be written to and read from. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isTable() {
        return kind == 'r' || kind == 'p';
    }

    public RelationDef withKind(char newKind) {
        return new RelationDef(oid, schema, name, newKind, sqliteName, attributes, constraints, indexes, viewQuery, sequence, comment, columnComments, inheritance);
    }

    public RelationDef withInheritance(Inheritance value) {
        return new RelationDef(oid, schema, name, kind, sqliteName, attributes, constraints, indexes, viewQuery, sequence, comment, columnComments, value);
    }

    public AttributeDef attribute(String columnName) {
        for (AttributeDef a : attributes) {
            if (a.name().equals(columnName)) {
                return a;
            }
        }
        return null;
    }

    public RelationDef withAttributes(List<AttributeDef> newAttributes) {
        return new RelationDef(oid, schema, name, kind, sqliteName, newAttributes, constraints, indexes, viewQuery, sequence, comment, columnComments, inheritance);
    }

    public RelationDef withConstraints(List<ConstraintDef> newConstraints) {
        return new RelationDef(oid, schema, name, kind, sqliteName, attributes, newConstraints, indexes, viewQuery, sequence, comment, columnComments, inheritance);
    }

    public RelationDef withIndexes(List<IndexDef> newIndexes) {
        return new RelationDef(oid, schema, name, kind, sqliteName, attributes, constraints, newIndexes, viewQuery, sequence, comment, columnComments, inheritance);
    }

    public RelationDef withName(String newName, String newSqliteName) {
        return new RelationDef(oid, schema, newName, kind, newSqliteName, attributes, constraints, indexes, viewQuery, sequence, comment, columnComments, inheritance);
    }

    public RelationDef withSequence(SequenceOptions options) {
        return new RelationDef(oid, schema, name, kind, sqliteName, attributes, constraints, indexes, viewQuery, options, comment, columnComments, inheritance);
    }

    public RelationDef withComment(String newComment) {
        return new RelationDef(oid, schema, name, kind, sqliteName, attributes, constraints, indexes, viewQuery, sequence, newComment, columnComments, inheritance);
    }

    public RelationDef withColumnComment(String column, String text) {
        java.util.Map<String, String> map = new java.util.TreeMap<>(columnComments == null ? java.util.Map.of() : columnComments);
        if (text == null) {
            map.remove(column);
        } else {
            map.put(column, text);
        }
        return new RelationDef(oid, schema, name, kind, sqliteName, attributes, constraints, indexes, viewQuery, sequence, comment, map, inheritance);
    }

    public List<ConstraintDef> constraintsOfType(char type) {
        List<ConstraintDef> out = new ArrayList<>();
        for (ConstraintDef c : constraints) {
            if (c.type() == type) {
                out.add(c);
            }
        }
        return out;
    }

    /** Whether the index belongs to a DEFERRABLE constraint, whose uniqueness is checked at the end of the statement or later. */
    public boolean deferrableIndex(IndexDef index) {
        for (ConstraintDef c : constraints) {
            if (c.oid() == index.constraintOid()) {
                return c.deferrable();
            }
        }
        return false;
    }

    public ConstraintDef primaryKey() {
        List<ConstraintDef> pk = constraintsOfType('p');
        return pk.isEmpty() ? null : pk.get(0);
    }
}
