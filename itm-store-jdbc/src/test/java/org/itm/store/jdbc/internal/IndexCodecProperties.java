package org.itm.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.itm.core.json.ItmJson;
import tools.jackson.databind.JavaType;

class IndexCodecProperties {

    private static final JavaType INDEX_MAP =
            ItmJson.json().getTypeFactory().constructMapType(TreeMap.class, String.class, String.class);

    @Provide
    Arbitrary<Map<String, String>> plainMaps() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12);
        return Arbitraries.maps(plain, plain).ofMaxSize(6);
    }

    @Provide
    Arbitrary<Map<String, String>> anyMaps() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(8)
                .filter(s -> s.codePoints().allMatch(Character::isValidCodePoint)
                        && s.chars().noneMatch(c -> Character.isSurrogate((char) c)));
        return Arbitraries.maps(any, any).ofMaxSize(4);
    }

    @Property
    void plainMapsAreWrittenAsJacksonWritesThemAndReadBack(@ForAll("plainMaps") Map<String, String> map) {
        String text = IndexCodec.encode(map);
        assertThat(text).isEqualTo(ItmJson.toJson(new TreeMap<>(map)));
        assertThat(IndexCodec.decode(text)).isEqualTo(map);
    }

    @Property
    void anyMapRoundTripsAndReadsAsJacksonReadsIt(@ForAll("anyMaps") Map<String, String> map) {
        String text = IndexCodec.encode(map);
        assertThat(text).isEqualTo(ItmJson.toJson(new TreeMap<>(map)));
        Map<String, String> jackson = ItmJson.fromJson(text, INDEX_MAP);
        assertThat(IndexCodec.decode(text)).isEqualTo(jackson).isEqualTo(map);
    }

    @Example
    void textTheScanDoesNotRecogniseIsReadByJackson() {
        assertThat(IndexCodec.decode("{ \"a\" : \"1\" }")).isEqualTo(Map.of("a", "1"));
        assertThat(IndexCodec.decode("{\"a\":\"x\\\"y\"}")).isEqualTo(Map.of("a", "x\"y"));
        assertThat(IndexCodec.decode("{\"k\":\"é\"}")).isEqualTo(Map.of("k", "é"));
        assertThat(IndexCodec.decode("{}")).isEmpty();
    }
}
