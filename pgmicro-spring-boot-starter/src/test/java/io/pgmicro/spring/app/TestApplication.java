package io.pgmicro.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest Boot application with a DataSource, for the starter's tests; in a package of its own so its component scan does not pick up the starter's configuration classes. */
@SpringBootApplication
public class TestApplication {
}
