package org.itm.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.itm.core.json.ItmJson;
import org.junit.jupiter.api.Test;

class StoreValuesJsonTest {

    @Test
    void storeValuesRoundTripThroughJson() {
        Document doc = new Document("incident", "I-1", 3, Map.of("status", "OPEN"), "{\"a\":1}");
        Query query = Query.of("incident").where("status", "OPEN").withPageSize(20).after("abc");
        Write.Update update = new Write.Update("incident", "I-1", 3, Map.of("status", "DONE"), "{}");

        assertThat(ItmJson.fromJson(ItmJson.toJson(doc), Document.class)).isEqualTo(doc);
        assertThat(ItmJson.fromJson(ItmJson.toJson(query), Query.class)).isEqualTo(query);
        assertThat(ItmJson.fromJson(ItmJson.toJson(Query.of("incident")), Query.class))
                .isEqualTo(Query.of("incident"))
                .extracting(Query::pageToken).isEqualTo(Optional.empty());
        assertThat(ItmJson.fromJson(ItmJson.toJson(update), Write.Update.class)).isEqualTo(update);
    }
}
