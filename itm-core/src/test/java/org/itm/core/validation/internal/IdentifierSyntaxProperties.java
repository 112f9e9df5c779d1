package org.itm.core.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The character-by-character identifier check accepts exactly what the documented regular expression accepts. */
class IdentifierSyntaxProperties {

    private static final Pattern DOCUMENTED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@/-]{0,127}");

    @Provide
    Arbitrary<String> nearIdentifiers() {
        // mostly allowed characters, with the neighbours of each range and a few others mixed in
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, Arbitraries.chars().with("abcxyzABCXYZ0189._:@/-")),
                net.jqwik.api.Tuple.of(3, Arbitraries.chars().with("`{@[/:\u00e9\u0130 \t\n\u0000+,;#\\")),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars()));
        return chars.list().ofMinSize(0).ofMaxSize(131).map(list -> {
            StringBuilder s = new StringBuilder(list.size());
            list.forEach(s::append);
            return s.toString();
        });
    }

    @Property(tries = 3000)
    void acceptsExactlyTheDocumentedSyntax(@ForAll("nearIdentifiers") String value) {
        assertThat(IdentifierSyntax.matches(value)).isEqualTo(DOCUMENTED.matcher(value).matches());
    }

    @Example
    void lengthBoundsAndFirstCharacter() {
        assertThat(IdentifierSyntax.matches("a".repeat(128))).isTrue();
        assertThat(IdentifierSyntax.matches("a".repeat(129))).isFalse();
        assertThat(IdentifierSyntax.matches("")).isFalse();
        assertThat(IdentifierSyntax.matches("9")).isTrue();
        assertThat(IdentifierSyntax.matches("Z-._:@/")).isTrue();
        for (String bad : new String[] {"-a", ".a", "_a", ":a", "@a", "/a", "a b", "a\u00e9", "a#"}) {
            assertThat(IdentifierSyntax.matches(bad)).as(bad).isFalse();
        }
    }
}
