package io.pgmicro.junit5;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestInstantiationAwareExtension;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The extension behind {@link PgMicroTest}. A test's database is created the first time the test
 * (its constructor, fields, lifecycle or test method) asks for it, as a copy of the template for
 * the class's configuration, and is closed when its owner ends: the test method for
 * {@link PgMicroTest.Isolation#PER_METHOD}, the test class for
 * {@link PgMicroTest.Isolation#PER_CLASS}. Everything lives in JUnit's extension stores, so
 * tests running in parallel never share a database.
 */
public class PgMicroExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver,
        TestExecutionExceptionHandler, TestInstantiationAwareExtension {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PgMicroExtension.class);

    /** Holds a test's database in a store, which closes it when the owning test or class ends. */
    private record HeldDatabase(PgMicroDatabase database) implements AutoCloseable {
        @Override
        public void close() {
            database.release();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        settings(context); // a misconfigured class fails once, before any of its tests
    }

    /** Constructors of per-method test instances then see the test method's context, and so its database. */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            for (Field field : ReflectionSupport.findFields(instance.getClass(), PgMicroExtension::injectable,
                    HierarchyTraversalMode.TOP_DOWN)) {
                Object value = valueFor(Injectable.of(field.getType(), field), context);
                try {
                    field.setAccessible(true);
                    field.set(instance, value);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    throw new ExtensionConfigurationException("cannot set field " + field + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private static boolean injectable(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers) && Injectable.of(field.getType(), field) != null;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return Injectable.of(parameter.getParameter().getType(), parameter.getParameter()) != null;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        try {
            return valueFor(Injectable.of(parameter.getParameter().getType(), parameter.getParameter()), context);
        } catch (MissingDatabaseException e) {
            throw new ParameterResolutionException(e.getMessage());
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Optional<PgMicroDatabase> database = existingDatabase(context);
        throw database.isPresent() ? FailureContext.addTo(failure, database.get().name()) : failure;
    }

    private Object valueFor(Injectable what, ExtensionContext context) {
        PgMicroDatabase database = database(context);
        return switch (what) {
            case HANDLE -> database;
            case DATA_SOURCE -> database.dataSource();
            case URL -> database.jdbcUrl();
            case CONNECTION -> connection(database, context);
        };
    }

    /** One connection per database and context, closed when that context (test or class) ends. */
    private static Connection connection(PgMicroDatabase database, ExtensionContext context) {
        String key = "connection:" + database.name() + ":" + context.getUniqueId();
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(key, k -> {
            try {
                return database.dataSource().getConnection();
            } catch (SQLException e) {
                throw new PgMicroSqlException(database.name(), "(connecting)", null, e);
            }
        }, Connection.class);
    }

    private PgMicroDatabase database(ExtensionContext context) {
        PgMicroTest settings = settings(context);
        ExtensionContext owner = owner(context, settings);
        TemplateConfig config = TemplateConfig.of(settings);
        ClassLoader loader = owner.getRequiredTestClass().getClassLoader();
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(databaseKey(owner),
                k -> new HeldDatabase(PgMicroDatabase.copyOf(Templates.snapshotFor(config, loader),
                        DatabaseNames.forContext(owner), settings.mode())),
                HeldDatabase.class).database();
    }

    /** The database this test has been using, without creating one for a test that never asked. */
    private Optional<PgMicroDatabase> existingDatabase(ExtensionContext context) {
        ExtensionContext owner;
        try {
            owner = owner(context, settings(context));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        HeldDatabase held = owner.getStore(NAMESPACE).get(databaseKey(owner), HeldDatabase.class);
        return Optional.ofNullable(held).map(HeldDatabase::database);
    }

    /** Keyed by owner, because a store also answers with what its parents (enclosing classes) hold. */
    private static String databaseKey(ExtensionContext owner) {
        return "database:" + owner.getUniqueId();
    }

    /** The context whose end closes the database: the test (invocation) or the test class. */
    private static ExtensionContext owner(ExtensionContext context, PgMicroTest settings) {
        if (settings.isolation() == PgMicroTest.Isolation.PER_CLASS) {
            ExtensionContext c = context;
            while (c.getTestMethod().isPresent()) {
                c = c.getParent().orElseThrow();
            }
            return c;
        }
        if (context.getTestMethod().isEmpty()) {
            throw new MissingDatabaseException("@PgMicroTest(isolation = PER_METHOD) gives each test method its own"
                    + " database, so there is none for the class as a whole (a @BeforeAll method, or the constructor"
                    + " of a @TestInstance(PER_CLASS) class): ask for it in a test or @BeforeEach method,"
                    + " or use isolation = PER_CLASS");
        }
        return context;
    }

    private static PgMicroTest settings(ExtensionContext context) {
        PgMicroTest settings = null;
        for (Class<?> c = context.getRequiredTestClass(); c != null && settings == null; c = c.getEnclosingClass()) {
            settings = AnnotationSupport.findAnnotation(c, PgMicroTest.class).orElse(null);
        }
        if (settings == null) {
            // registered with @ExtendWith or @RegisterExtension alone: the defaults
            settings = Defaults.class.getAnnotation(PgMicroTest.class);
        }
        return settings;
    }

    @PgMicroTest
    private static final class Defaults {
    }

    /** Asked for a database where the configured isolation gives none. */
    private static final class MissingDatabaseException extends ExtensionConfigurationException {
        MissingDatabaseException(String message) {
            super(message);
        }
    }
}
