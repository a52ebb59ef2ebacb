package io.pgmicro.junit5;

import java.util.List;

/**
 * What goes into a template database; tests whose configurations are equal share one template.
 *
 * @param scripts            SQL script locations, applied first, in order
 * @param flywayLocations    Flyway migration locations, empty when Flyway is not used
 * @param liquibaseChangelog a Liquibase changelog path, empty when Liquibase is not used
 */
record TemplateConfig(List<String> scripts, List<String> flywayLocations, String liquibaseChangelog) {
    static TemplateConfig of(PgMicroTest test) {
        return new TemplateConfig(List.of(test.scripts()),
                test.flyway() ? List.of(test.flywayLocations()) : List.of(),
                test.liquibaseChangelog());
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("scripts=").append(scripts);
        if (!flywayLocations.isEmpty()) {
            s.append(", flyway=").append(flywayLocations);
        }
        if (!liquibaseChangelog.isEmpty()) {
            s.append(", liquibase=").append(liquibaseChangelog);
        }
        return s.toString();
    }
}
