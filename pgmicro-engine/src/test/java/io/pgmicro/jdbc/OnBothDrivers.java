package io.pgmicro.jdbc;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs a test once on pgmicro and once on PostgreSQL through pgjdbc; it takes the {@link io.pgmicro.jdbc.Target}. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@EnumSource(io.pgmicro.jdbc.Target.class)
@interface OnBothDrivers {
}
