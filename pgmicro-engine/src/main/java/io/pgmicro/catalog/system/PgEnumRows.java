package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.EnumTypeDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** pg_enum: the labels of each enum type in sort order, with their sort-order numbers. */
final class PgEnumRows implements SystemTable.RowSource {
    @Override
    public void produce(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        List<EnumTypeDef> enums = new ArrayList<>(catalog.enums());
        enums.sort(Comparator.comparingInt(EnumTypeDef::oid));
        for (EnumTypeDef e : enums) {
            for (int i = 0; i < e.labels().size(); i++) {
                out.add().set("oid", DerivedOids.enumLabel(e.oid(), i)).set("enumtypid", e.oid())
                        .set("enumsortorder", e.sortOrders().get(i)).set("enumlabel", e.labels().get(i));
            }
        }
    }
}
