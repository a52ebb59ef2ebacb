package io.pgmicro.junit5;

import java.lang.reflect.AnnotatedElement;
import java.sql.Connection;
import javax.sql.DataSource;

/** The things a {@link PgMicroTest} can receive, by declared type (and {@link PgMicroUrl} for the URL). */
enum Injectable {
    DATA_SOURCE,
    CONNECTION,
    HANDLE,
    URL;

    /** What a parameter or field of this type and annotations receives, or null when it is not ours. */
    static Injectable of(Class<?> type, AnnotatedElement element) {
        if (type == String.class) {
            return element.isAnnotationPresent(PgMicroUrl.class) ? URL : null;
        }
        if (type == DataSource.class) {
            return DATA_SOURCE;
        }
        if (type == Connection.class) {
            return CONNECTION;
        }
        if (type == PgMicroDatabase.class) {
            return HANDLE;
        }
        return null;
    }
}
