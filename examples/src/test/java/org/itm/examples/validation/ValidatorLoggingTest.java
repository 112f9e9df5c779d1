package org.itm.examples.validation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.itm.core.validation.Validation;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator logs through JBoss Logging; the examples route it to SLF4J (META-INF/services) and keep its
 * version banner out of their output (simplelogger.properties), so running an example prints no
 * java.util.logging lines.
 */
class ValidatorLoggingTest {

    private static final String VERSION_LOGGER = "org.hibernate.validator.internal.util.Version";

    @Test
    void theValidatorLogsThroughSlf4jWithoutItsVersionBanner() {
        assertThat(Validation.check(new Object())).isEmpty();
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, UTF_8));
        try {
            org.jboss.logging.Logger log = org.jboss.logging.Logger.getLogger(VERSION_LOGGER);
            log.info("HV000001: Hibernate Validator (banner)");
            log.warn("HV000999: a warning");
        } finally {
            System.setErr(err);
        }
        String printed = captured.toString(UTF_8);
        // slf4j-simple's format: [thread] LEVEL logger - message
        assertThat(printed).contains("WARN " + VERSION_LOGGER + " - HV000999: a warning")
                .doesNotContain("banner");
    }
}
