package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.catalog.SequenceOptions;

/** pg_sequence: each sequence's type, bounds, step, cache and cycle flag. */
final class PgSequenceRows implements SystemTable.RowSource {
    @Override
    public void produce(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (RelationDef r : UserObjects.relations(catalog)) {
            SequenceOptions s = r.sequence();
            if (r.kind() == 'S' && s != null) {
                out.add().set("seqrelid", r.oid()).set("seqtypid", s.typeOid()).set("seqstart", s.start())
                        .set("seqincrement", s.increment()).set("seqmax", s.max()).set("seqmin", s.min())
                        .set("seqcache", s.cache()).set("seqcycle", s.cycle());
            }
        }
    }
}
