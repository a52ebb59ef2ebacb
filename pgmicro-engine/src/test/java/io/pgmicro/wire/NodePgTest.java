package io.pgmicro.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * node-postgres (the npm package "pg", installed into target/ on first use) against the
 * server: parameterized queries over the extended protocol, a multi-statement simple
 * query, and errors. Skipped where node or npm is missing or npm cannot install. The
 * expected JSON is what the same script printed against PostgreSQL 15.
 */
class NodePgTest {
    private static final String SCRIPT = """
            const { Client } = require('pg');
            (async () => {
              const c = new Client({ host: '127.0.0.1', port: +process.argv[2], user: 'postgres', database: 'nodetest' });
              await c.connect();
              const out = [];
              await c.query('CREATE TABLE t (id serial PRIMARY KEY, name text, n numeric(6,2), at timestamptz)');
              const ins = await c.query('INSERT INTO t (name, n, at) VALUES ($1, $2, $3) RETURNING id, name',
                  ['a', '1.5', new Date(Date.UTC(2024, 0, 2, 3, 4, 5))]);
              out.push(ins.rows);
              const sel = await c.query('SELECT id, name, n, at FROM t WHERE id = $1', [1]);
              out.push(sel.rows.map(r => ({ ...r, at: r.at.toISOString() })));
              try { await c.query('SELECT nosuch FROM t'); } catch (e) { out.push([e.code, e.message, e.position]); }
              try { await c.query('SELECT $1::int', ['x']); } catch (e) { out.push([e.code, e.message]); }
              const multi = await c.query('SELECT 1 AS one; SELECT 2 AS two');
              out.push(multi.map(r => r.rows));
              await c.end();
              console.log(JSON.stringify(out));
            })().catch(e => { console.error(e); process.exit(1); });
            """;

    private static final String EXPECTED = "[[{\"id\":1,\"name\":\"a\"}],"
            + "[{\"id\":1,\"name\":\"a\",\"n\":\"1.50\",\"at\":\"2024-01-02T03:04:05.000Z\"}],"
            + "[\"42703\",\"column \\\"nosuch\\\" does not exist\",\"8\"],"
            + "[\"22P02\",\"invalid input syntax for type integer: \\\"x\\\"\"],"
            + "[[{\"one\":1}],[{\"two\":2}]]]\n";

    @Test
    void nodePostgresWorksUnchanged() throws Exception {
        Path dir = Path.of("target", "node-pg").toAbsolutePath();
        assumeTrue(installed(dir), "node-postgres could not be installed (no node, npm or registry)");
        Path script = dir.resolve("wire-test.js");
        Files.writeString(script, SCRIPT);
        try (PgServer server = PgServer.start(DatabaseProvider.memory(), "127.0.0.1", 0)) {
            String[] result = run(dir, List.of("node", script.toString(), Integer.toString(server.port())), 60);
            assertEquals(EXPECTED, result[0], result[1]);
        }
    }

    private static boolean installed(Path dir) throws Exception {
        if (Files.isDirectory(dir.resolve("node_modules").resolve("pg"))) {
            return true;
        }
        Files.createDirectories(dir);
        try {
            return run(dir, List.of("npm", "install", "--no-audit", "--no-fund", "--silent", "pg@8"), 180) != null
                    && Files.isDirectory(dir.resolve("node_modules").resolve("pg"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Runs a command in a directory; returns its stdout and stderr, or null if it failed or timed out. */
    private static String[] run(Path dir, List<String> command, int seconds) throws Exception {
        File out = Files.createTempFile("node", ".out").toFile();
        File err = Files.createTempFile("node", ".err").toFile();
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out).redirectError(err).start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            String[] result = {Files.readString(out.toPath(), StandardCharsets.UTF_8),
                    Files.readString(err.toPath(), StandardCharsets.UTF_8)};
            return process.exitValue() == 0 || command.get(0).equals("node") ? result : null;
        } finally {
            out.delete();
            err.delete();
        }
    }
}
