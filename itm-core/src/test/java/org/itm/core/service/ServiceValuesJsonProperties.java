package org.itm.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.itm.core.json.ItmJson;

/**
 * Every value type of the service model survives a JSON and a YAML round trip unchanged. Names are realistic text
 * (letters of several scripts, digits, punctuation, spaces): arbitrary {@code char}s include unpaired UTF-16
 * surrogates, which are not Unicode text and which YAML cannot carry.
 */
class ServiceValuesJsonProperties {

    @Provide
    Arbitrary<String> ids() {
        return Combinators.combine(
                        Arbitraries.strings().withCharRange('a', 'z').numeric().ofLength(1),
                        Arbitraries.strings().withCharRange('a', 'z').numeric().withChars("._:@/-").ofMaxLength(40))
                .as((first, rest) -> first + rest);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().alpha().numeric().withChars(" -_.,:;'\"&()/#äöüßéñøΩЖ漢字")
                .ofMinLength(1).ofMaxLength(30).filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<Map<String, String>> attributes() {
        return Arbitraries.maps(texts(), texts()).ofMaxSize(4);
    }

    @Provide
    Arbitrary<ElementId> elementIds() {
        return Arbitraries.oneOf(ids().map(ServiceId::new), ids().map(CiId::new));
    }

    @Property(tries = 200)
    void servicesRoundTrip(@ForAll("ids") String id, @ForAll("texts") String name, @ForAll ServiceKind kind,
            @ForAll("texts") String owner, @ForAll CriticalityTier tier) {
        Service service = new Service(new ServiceId(id), name, kind, owner, tier);
        assertThat(ItmJson.fromJson(ItmJson.toJson(service), Service.class)).isEqualTo(service);
        assertThat(ItmJson.fromYaml(ItmJson.toYaml(service), Service.class)).isEqualTo(service);
    }

    @Property(tries = 200)
    void configurationItemsRoundTrip(@ForAll("ids") String id, @ForAll("ids") String type,
            @ForAll("texts") String name, @ForAll("attributes") Map<String, String> attributes) {
        ConfigurationItem ci = new ConfigurationItem(new CiId(id), type, name, attributes);
        assertThat(ItmJson.fromJson(ItmJson.toJson(ci), ConfigurationItem.class)).isEqualTo(ci);
        assertThat(ItmJson.fromYaml(ItmJson.toYaml(ci), ConfigurationItem.class)).isEqualTo(ci);
    }

    @Property(tries = 200)
    void relationshipsRoundTrip(@ForAll("elementIds") ElementId source, @ForAll RelationshipType type,
            @ForAll("elementIds") ElementId target) {
        if (source.equals(target)) {
            return;
        }
        Relationship r = new Relationship(source, type, target);
        assertThat(ItmJson.fromJson(ItmJson.toJson(r), Relationship.class)).isEqualTo(r);
        assertThat(ItmJson.fromYaml(ItmJson.toYaml(r), Relationship.class)).isEqualTo(r);
    }
}
