package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.catalog.TriggerDef;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** pg_trigger: the user's triggers (pgmicro has no internal ones: its foreign keys are SQLite's). */
final class PgTriggerRows implements SystemTable.RowSource {
    private static final int ROW = 1;
    private static final int BEFORE = 1 << 1;
    private static final int INSERT = 1 << 2;
    private static final int DELETE = 1 << 3;
    private static final int UPDATE = 1 << 4;
    private static final int TRUNCATE = 1 << 5;
    private static final int INSTEAD = 1 << 6;

    @Override
    public void produce(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (TriggerDef t : triggers(catalog)) {
            RelationDef table = catalog.relation(t.tableOid());
            List<String> attnums = new ArrayList<>();
            for (String c : t.updateColumns()) {
                attnums.add(String.valueOf(UserObjects.attnum(table, c)));
            }
            out.add().set("oid", t.oid()).set("tgrelid", t.tableOid()).set("tgparentid", 0).set("tgname", t.name())
                    .set("tgfoid", t.functionOid()).set("tgtype", type(t)).set("tgenabled", t.firing())
                    .set("tgisinternal", false).set("tgconstrrelid", 0).set("tgconstrindid", 0).set("tgconstraint", 0)
                    .set("tgdeferrable", false).set("tginitdeferred", false).set("tgnargs", t.arguments().size())
                    .set("tgattr", String.join(" ", attnums)).set("tgargs", arguments(t));
        }
    }

    /** The triggers whose table still exists, in creation order. */
    static List<TriggerDef> triggers(CatalogSnapshot catalog) {
        return catalog.triggers().stream().filter(t -> catalog.relation(t.tableOid()) != null)
                .sorted(Comparator.comparingInt(TriggerDef::oid)).toList();
    }

    /** pg_trigger.tgtype: the TRIGGER_TYPE_* bits. */
    static int type(TriggerDef t) {
        int type = t.forEachRow() ? ROW : 0;
        type |= t.timing() == 'B' ? BEFORE : t.timing() == 'I' ? INSTEAD : 0;
        type |= t.events().contains("INSERT") ? INSERT : 0;
        type |= t.events().contains("DELETE") ? DELETE : 0;
        type |= t.events().contains("UPDATE") ? UPDATE : 0;
        type |= t.events().contains("TRUNCATE") ? TRUNCATE : 0;
        return type;
    }

    /** pg_trigger.tgargs: each argument followed by a zero byte. */
    private static byte[] arguments(TriggerDef t) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String a : t.arguments()) {
            bytes.writeBytes(a.getBytes(StandardCharsets.UTF_8));
            bytes.write(0);
        }
        return bytes.toByteArray();
    }
}
