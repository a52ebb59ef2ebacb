package io.pgmicro.spring.test;

import io.pgmicro.session.DatabaseSnapshot;
import io.pgmicro.spring.PgMicroManagedDatabase;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * A test context's pgmicro database and its template: the state the context's start-up left it
 * in (migrations, {@code spring.sql.init} scripts, whatever beans wrote while starting), saved when
 * the context has refreshed. {@link #reset()} copies that state back with SQLite's backup API;
 * nothing is re-run.
 */
public final class PgMicroTestDatabase implements ApplicationListener<ContextRefreshedEvent>, ApplicationContextAware {
    private final PgMicroManagedDatabase database;
    private ApplicationContext context;
    private volatile DatabaseSnapshot template;

    PgMicroTestDatabase(PgMicroManagedDatabase database) {
        this.database = database;
    }

    public PgMicroManagedDatabase database() {
        return database;
    }

    @Override
    public void setApplicationContext(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        // A child context's refresh is not the end of this context's start-up.
        if (event.getApplicationContext() == context && template == null) {
            template = DatabaseSnapshot.of(database.database());
        }
    }

    /** Puts the database back to the saved state. Sessions in a transaction block make it wait, up to a second. */
    public void reset() {
        DatabaseSnapshot saved = template;
        if (saved == null) {
            throw new IllegalStateException("the pgmicro test database \"" + database.name()
                    + "\" cannot be reset before its context has finished starting");
        }
        saved.restoreInto(database.database());
    }
}
