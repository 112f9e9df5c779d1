package org.itm.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;

class ConstraintProperties {

    record Named(@Identifier String id, Optional<@PositiveDuration Duration> every) {
    }

    @Provide
    Arbitrary<String> idLike() {
        // mostly the identifier alphabet, with some characters outside it and lengths either side of 128
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("aZ09._:@/-").ofMinLength(0).ofMaxLength(130),
                Arbitraries.strings().withChars("aZ09._:@/- \t{}$\\é\u0000").ofMinLength(0).ofMaxLength(12),
                Arbitraries.strings().ofMinLength(0).ofMaxLength(8));
    }

    @Property(tries = 500)
    void identifierAcceptsExactlyWhatChecksIdAccepts(@ForAll("idLike") String id) {
        boolean checked;
        try {
            Checks.id(id, "id");
            checked = true;
        } catch (ItmValidationException e) {
            checked = false;
        }
        List<Violation> found = Validation.checkComponents(Named.class, id, Optional.empty());
        assertThat(found.isEmpty()).isEqualTo(checked);
        found.forEach(v -> assertThat(v.path()).isEqualTo("id"));
    }

    @Property(tries = 300)
    void positiveDurationAcceptsExactlyTheDurationsAboveZero(
            @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long seconds, @ForAll("nanos") int nanos) {
        Duration d = Duration.ofSeconds(seconds, nanos);
        List<Violation> found = Validation.checkComponents(Named.class, "a", Optional.of(d));
        assertThat(found.isEmpty()).isEqualTo(d.compareTo(Duration.ZERO) > 0);
        found.forEach(v -> assertThat(v).isEqualTo(new Violation("every", "must be a positive duration, was " + d)));
    }

    @Provide
    Arbitrary<Integer> nanos() {
        return Arbitraries.integers().between(0, 999_999_999);
    }
}
