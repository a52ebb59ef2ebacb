package io.pgmicro.exec.functions;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A session's SQL functions, put on its SQLite connection one module at a time, when a statement
 * first names a function of that module. Putting all of them (about a thousand) on every
 * connection cost more than opening the connection, and most connections use a few modules.
 *
 * <p>A module goes on whole because its functions may share state (random() and setseed() share
 * one generator). A module that defines a name SQLite has built in goes on at once: SQLite
 * would run its own function and never report the name missing.
 */
public final class OnDemandFunctions {
    /** Which module defines each name. The same for every session: names do not depend on the session. */
    private static volatile ModuleIndex index;

    private final Connection connection;
    private final List<Consumer<Registrar>> modules;
    private final boolean[] installed;

    /** A name may be defined by several modules (with different argument counts): all of them go on together. */
    private record ModuleIndex(Map<String, List<Integer>> modulesOfName, Set<Integer> shadowingSqlite) {
    }

    OnDemandFunctions(Connection connection, List<Consumer<Registrar>> modules) throws SQLException {
        this.connection = connection;
        this.modules = modules;
        this.installed = new boolean[modules.size()];
        for (int module : index(connection, modules).shadowingSqlite()) {
            install(module);
        }
    }

    /**
     * Puts the modules that define {@code name} on the connection.
     *
     * @return false when no module defines it or its modules are on already
     */
    public synchronized boolean install(String name) {
        boolean any = false;
        for (int module : index.modulesOfName().getOrDefault(name.toLowerCase(Locale.ROOT), List.of())) {
            if (!installed[module]) {
                install(module);
                any = true;
            }
        }
        return any;
    }

    private void install(int module) {
        installed[module] = true;
        modules.get(module).accept(new Registrar(connection));
    }

    /** Built on the first session's connection, before any function of pgmicro's is on it. */
    private static ModuleIndex index(Connection fresh, List<Consumer<Registrar>> modules) throws SQLException {
        ModuleIndex known = index;
        if (known != null) {
            return known;
        }
        synchronized (OnDemandFunctions.class) {
            if (index == null) {
                Set<String> builtIn = sqliteFunctionNames(fresh);
                Map<String, List<Integer>> modulesOfName = new HashMap<>();
                Set<Integer> shadowing = new HashSet<>();
                for (int m = 0; m < modules.size(); m++) {
                    int module = m;
                    modules.get(m).accept(Registrar.naming(name -> {
                        String key = name.toLowerCase(Locale.ROOT);
                        List<Integer> definers = modulesOfName.computeIfAbsent(key, k -> new ArrayList<>());
                        if (!definers.contains(module)) {
                            definers.add(module);
                        }
                        if (builtIn.contains(key)) {
                            shadowing.add(module);
                        }
                    }));
                }
                modulesOfName.replaceAll((name, definers) -> List.copyOf(definers));
                index = new ModuleIndex(Map.copyOf(modulesOfName), Set.copyOf(shadowing));
            }
            return index;
        }
    }

    private static Set<String> sqliteFunctionNames(Connection fresh) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Statement st = fresh.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM pragma_function_list")) {
            while (rs.next()) {
                names.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
