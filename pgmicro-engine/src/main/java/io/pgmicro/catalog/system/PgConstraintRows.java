package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.ConstraintDef;
import io.pgmicro.catalog.RelationDef;

/** pg_constraint: primary keys, uniques, checks and foreign keys; conbin holds a CHECK's source text. */
final class PgConstraintRows implements SystemTable.RowSource {
    @Override
    public void produce(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (UserObjects.TableConstraint tc : UserObjects.constraints(catalog)) {
            RelationDef t = tc.table();
            ConstraintDef c = tc.constraint();
            boolean fk = c.type() == 'f';
            RelationDef target = fk ? catalog.relation(c.refTableOid()) : null;
            out.add().set("oid", c.oid()).set("conname", c.name()).set("connamespace", UserObjects.namespaceOid(catalog, t.schema()))
                    .set("contype", String.valueOf(c.type())).set("condeferrable", c.deferrable()).set("condeferred", c.deferred())
                    .set("convalidated", true).set("conrelid", t.oid()).set("contypid", 0)
                    .set("conindid", UserObjects.constraintIndex(catalog, t, c)).set("conparentid", 0)
                    .set("confrelid", fk ? c.refTableOid() : 0)
                    .set("confupdtype", fk ? String.valueOf(c.onUpdate()) : " ")
                    .set("confdeltype", fk ? String.valueOf(c.onDelete()) : " ")
                    .set("confmatchtype", fk ? "s" : " ").set("conislocal", true).set("coninhcount", 0)
                    .set("connoinherit", c.type() == 'p' || c.type() == 'u' || fk)
                    .set("conkey", c.columns().isEmpty() ? null : UserObjects.attnums(t, c.columns()))
                    .set("confkey", fk && target != null ? UserObjects.attnums(target, c.refColumns()) : null)
                    .set("conbin", c.type() == 'c' ? c.checkExpr() : null);
        }
    }
}
