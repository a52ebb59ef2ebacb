package io.pgmicro.catalog;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.util.ArrayList;
import java.util.List;

/**
 * A user-defined enum type: pg_type plus its pg_enum labels in sort order, each with its
 * pg_enum.enumsortorder. A type created with its labels numbers them 1, 2, 3 ...; a label
 * added later takes a number between its neighbours, as PostgreSQL gives it (one past the
 * last, one before the first, or the midpoint), so that no other label moves.
 */
public record EnumTypeDef(int oid, int arrayOid, String schema, String name, List<String> labels,
                          List<Double> sortOrders) {
    public EnumTypeDef {
        labels = List.copyOf(labels);
        if (sortOrders == null || sortOrders.size() != labels.size()) {
            List<Double> numbered = new ArrayList<>();
            for (int i = 1; i <= labels.size(); i++) {
                numbered.add((double) i);
            }
            sortOrders = numbered;
        }
        sortOrders = List.copyOf(sortOrders);
    }

    public EnumTypeDef(int oid, int arrayOid, String schema, String name, List<String> labels) {
        this(oid, arrayOid, schema, name, labels, null);
    }

    /** ALTER TYPE ... ADD VALUE: the new label at the end, or before or after an existing one. */
    public EnumTypeDef withLabel(String label, String neighbor, boolean after) {
        List<String> newLabels = new ArrayList<>(labels);
        List<Double> newOrders = new ArrayList<>(sortOrders);
        int at;
        double order;
        if (neighbor == null || neighbor.isEmpty()) {
            at = labels.size();
            order = labels.isEmpty() ? 1 : sortOrders.get(at - 1) + 1;
        } else {
            int n = existing(neighbor);
            at = after ? n + 1 : n;
            double low = at == 0 ? sortOrders.get(0) - 2 : sortOrders.get(at - 1);
            double high = at == labels.size() ? sortOrders.get(at - 1) + 2 : sortOrders.get(at);
            order = (low + high) / 2;
        }
        newLabels.add(at, label);
        newOrders.add(at, order);
        return new EnumTypeDef(oid, arrayOid, schema, name, newLabels, newOrders);
    }

    /** ALTER TYPE ... RENAME VALUE: the label keeps its place. */
    public EnumTypeDef withLabelRenamed(String from, String to) {
        List<String> newLabels = new ArrayList<>(labels);
        newLabels.set(existing(from), to);
        return new EnumTypeDef(oid, arrayOid, schema, name, newLabels, sortOrders);
    }

    private int existing(String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "\"" + label + "\" is not an existing enum label");
        }
        return i;
    }
}
