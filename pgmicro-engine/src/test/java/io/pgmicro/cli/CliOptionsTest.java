package io.pgmicro.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliOptionsTest {

    @Test
    void defaultsToAnInMemoryDatabase() throws Exception {
        CliOptions options = CliOptions.parse(new String[0]);
        assertEquals(":memory:", options.database());
        assertEquals(List.of(), options.actions());
    }

    @Test
    void psqlStyleOptionsInOrder() throws Exception {
        CliOptions options = CliOptions.parse(new String[] {
            "-aqX", "-c", "select 1", "--file=a.sql", "-f", "-", "-vON_ERROR_STOP=1", "--set", "x=y",
            "--dialect", "sqlite", "app.db", "--command=select 2"});
        assertEquals("app.db", options.database());
        assertTrue(options.echoAll());
        assertTrue(options.quiet());
        assertEquals(List.of(new CliOptions.Action(false, "select 1"), new CliOptions.Action(true, "a.sql"),
                new CliOptions.Action(true, "-"), new CliOptions.Action(false, "select 2")), options.actions());
        assertEquals(Map.of("ON_ERROR_STOP", "1", "x", "y"), options.variables());
        assertEquals("sqlite", options.dialect());
    }

    @Test
    void rejectsWhatPsqlRejects() {
        assertThrows(CliOptions.UsageException.class, () -> CliOptions.parse(new String[] {"-Z"}));
        assertThrows(CliOptions.UsageException.class, () -> CliOptions.parse(new String[] {"-c"}));
        assertThrows(CliOptions.UsageException.class, () -> CliOptions.parse(new String[] {"--bogus"}));
        assertThrows(CliOptions.UsageException.class, () -> CliOptions.parse(new String[] {"a.db", "b.db"}));
        assertThrows(CliOptions.UsageException.class, () -> CliOptions.parse(new String[] {"--dialect=mysql"}));
    }
}
