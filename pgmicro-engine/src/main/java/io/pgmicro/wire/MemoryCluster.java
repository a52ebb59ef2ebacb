package io.pgmicro.wire;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.system.ClusterDatabase;
import io.pgmicro.session.Database;
import io.pgmicro.session.DatabaseSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cluster of in-memory databases, one per name, as a PostgreSQL server has them:
 * template1, template0 and postgres from the start, the others made by CREATE DATABASE
 * or when a client first connects to a name. A database is opened on first use, so a
 * listed database nobody touched costs nothing.
 */
final class MemoryCluster implements DatabaseProvider {
    /** PostgreSQL's first OID for objects made after initdb. */
    private static final int FIRST_NORMAL_OID = 16384;

    /** One database of the cluster: what pg_database says of it, its storage once opened, its ALTER DATABASE settings. */
    private static final class Member {
        final ClusterDatabase info;
        Database database;
        final Map<String, String> settings = new LinkedHashMap<>();

        Member(ClusterDatabase info) {
            this.info = info;
        }
    }

    private final Map<String, Member> members = new LinkedHashMap<>();
    private int nextOid = FIRST_NORMAL_OID;

    MemoryCluster() {
        add(new ClusterDatabase(1, "template1", true, true));
        add(new ClusterDatabase(4, "template0", true, false));
        add(new ClusterDatabase(5, "postgres", false, true));
    }

    private Member add(ClusterDatabase info) {
        Member m = new Member(info);
        members.put(info.name(), m);
        return m;
    }

    @Override
    public synchronized Database database(String name) {
        Member m = members.get(name);
        if (m == null) {
            m = add(new ClusterDatabase(nextOid++, name, false, true));
        }
        if (!m.info.allowConnections()) {
            throw new PgException("FATAL", SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE,
                    "database \"" + name + "\" is not currently accepting connections");
        }
        if (m.database == null) {
            m.database = joined(Database.openMemory(name));
        }
        return m.database;
    }

    private Database joined(Database database) {
        database.joinCluster(this::list);
        return database;
    }

    @Override
    public synchronized List<ClusterDatabase> list() {
        List<ClusterDatabase> out = new ArrayList<>();
        for (Member m : members.values()) {
            out.add(m.info.withSettings(m.settings));
        }
        return out;
    }

    @Override
    public synchronized void create(String name, String template) {
        Member source = members.get(template);
        Member m = add(new ClusterDatabase(nextOid++, name, false, true));
        // a template nobody opened is still empty: the new database is opened when first used
        if (source.database != null) {
            m.database = joined(DatabaseSnapshot.of(source.database).newDatabase(name));
        }
    }

    @Override
    public void drop(String name) {
        Database database;
        synchronized (this) {
            Member m = members.remove(name);
            database = m == null ? null : m.database;
        }
        if (database != null) {
            database.close();
        }
    }

    @Override
    public synchronized Map<String, String> settings(String name) {
        Member m = members.get(name);
        return m == null ? Map.of() : new LinkedHashMap<>(m.settings);
    }

    @Override
    public synchronized void alterSetting(String name, String setting, String value) {
        Member m = members.get(name);
        if (m == null) {
            return;
        }
        if (value == null) {
            m.settings.remove(setting);
        } else {
            m.settings.put(setting, value);
        }
    }

    @Override
    public synchronized void resetSettings(String name) {
        Member m = members.get(name);
        if (m != null) {
            m.settings.clear();
        }
    }

    @Override
    public void close() {
        List<Database> open = new ArrayList<>();
        synchronized (this) {
            for (Member m : members.values()) {
                if (m.database != null) {
                    open.add(m.database);
                }
            }
            members.clear();
        }
        open.forEach(Database::close);
    }
}
