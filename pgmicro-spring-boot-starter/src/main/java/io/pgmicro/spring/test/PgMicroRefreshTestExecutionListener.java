package io.pgmicro.spring.test;

import io.pgmicro.spring.test.AutoConfigurePgMicro.RefreshMode;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Resets the pgmicro test database at the points {@link AutoConfigurePgMicro#refresh()} names.
 * Ordered before Spring's transactional listener, so a reset before a test happens before the
 * test's transaction begins and a reset after it happens after the rollback.
 */
public final class PgMicroRefreshTestExecutionListener extends AbstractTestExecutionListener {
    /** Below TransactionalTestExecutionListener (4000) and SqlScriptsTestExecutionListener (5000). */
    private static final int ORDER = 3900;

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        resetIf(testContext, RefreshMode.BEFORE_EACH_TEST_METHOD);
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        resetIf(testContext, RefreshMode.AFTER_EACH_TEST_METHOD);
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        resetIf(testContext, RefreshMode.AFTER_CLASS);
    }

    private static void resetIf(TestContext testContext, RefreshMode when) {
        AutoConfigurePgMicro settings = TestContextAnnotationUtils.findMergedAnnotation(
                testContext.getTestClass(), AutoConfigurePgMicro.class);
        if (settings == null || settings.refresh() != when || !testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext().getBeanProvider(PgMicroTestDatabase.class)
                .ifAvailable(PgMicroTestDatabase::reset);
    }
}
