package org.itm.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

class DocumentIdsTest {

    @Test
    void idIsTheSha256OfTheKeyInHexAfterAK() {
        assertThat(DocumentIds.forKey("abc"))
                .isEqualTo("kba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(DocumentIds.forKey("INC-7|sla-50|cycle2")).hasSize(65).isEqualTo(
                DocumentIds.forKey("INC-7|sla-50|cycle2"));
    }

    @Test
    void keysHashedConcurrentlyGiveTheSameIdsAsOneByOne() {
        List<String> alone = IntStream.range(0, 2000).mapToObj(i -> DocumentIds.forKey("key-" + i)).toList();
        List<String> parallel = IntStream.range(0, 2000).parallel().mapToObj(i -> DocumentIds.forKey("key-" + i))
                .toList();
        assertThat(parallel).isEqualTo(alone).doesNotHaveDuplicates();
    }

    @Test
    void emptyKeyIsRefusedNamingIt() {
        assertThatThrownBy(() -> DocumentIds.forKey("")).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("key");
    }
}
