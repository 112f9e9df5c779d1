package org.itm.risk.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import org.itm.core.ItmValidationException;
import org.itm.testkit.SharedData;
import org.junit.jupiter.api.Test;

/** Malformed, truncated, oversized and wrong OSCAL documents are refused whole, naming the entry and field. */
class OscalHostileInputTest {

    private static final String HEAD = """
            {"catalog": {"uuid": "11111111-2222-4333-8444-555555555555",
              "metadata": {"title": "t", "version": "1", "oscal-version": "1.1.2"},
              "groups": [{"id": "ac", "title": "Access Control", "controls": %s}]}}""";

    @Test
    void aTruncatedCatalogueIsRefusedWithLineAndColumn() throws IOException {
        String full = Files.readString(SharedData.require(OscalCatalogTest.LOW_CATALOG));
        String truncated = full.substring(0, full.length() / 2);
        assertThatThrownBy(() -> Oscal.readCatalog(truncated)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("$.catalog")
                .hasMessageContaining("(at line ")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(600));
    }

    @Test
    void aTruncatedProfileIsRefused() throws IOException {
        String full = Files.readString(SharedData.require(OscalCatalogTest.LOW_PROFILE));
        String truncated = full.substring(0, full.indexOf("\"ia-2.1\""));
        assertThatThrownBy(() -> Oscal.readProfile(truncated)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("$.profile.imports[0].include-controls[0].with-ids")
                .hasMessageContaining("(at line ");
    }

    @Test
    void malformedJsonAndOtherModelsAreRefused() {
        assertThatThrownBy(() -> Oscal.readCatalog("{\"catalog\": {\"uuid\": }")).isInstanceOf(
                ItmValidationException.class).hasMessageContaining("$.catalog.uuid");
        assertThatThrownBy(() -> Oscal.readCatalog("[1, 2]")).hasMessageContaining(
                "$: must be a JSON object with an OSCAL \"catalog\"");
        assertThatThrownBy(() -> Oscal.readCatalog("{\"profile\": {}}")).hasMessageContaining(
                "$.catalog: must be an object: this is not an OSCAL catalog document, found \"profile\"");
        assertThatThrownBy(() -> Oscal.readProfile("{\"catalog\": {}}")).hasMessageContaining(
                "this is not an OSCAL profile document");
    }

    @Test
    void everyBadFieldIsNamedWithItsControlAndNothingIsTaken() {
        String json = HEAD.formatted("""
                [{"id": "ac-1", "title": "Policy"},
                 {"id": "ac-2", "params": [{"label": "x"}], "parts": [{"prose": 3}]},
                 {"id": "ac-3", "title": "Enforcement", "controls": [{"id": "ac-3.1", "title": ["no"]}]},
                 "ac-4"]""");
        assertThatThrownBy(() -> Oscal.readCatalog(json)).isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations()).extracting(Object::toString)
                        .containsExactly(
                                "$.catalog.groups[0].controls[1](ac-2).title: is required",
                                "$.catalog.groups[0].controls[1](ac-2).params[0].id: is required",
                                "$.catalog.groups[0].controls[1](ac-2).parts[0].name: is required",
                                "$.catalog.groups[0].controls[1](ac-2).parts[0].prose: must be a string, was number",
                                "$.catalog.groups[0].controls[2](ac-3).controls[0](ac-3.1).title: must be a string, "
                                        + "was array",
                                "$.catalog.groups[0].controls[3]: must be an object, was string"));
    }

    @Test
    void duplicateControlIdsAreRefused() {
        String json = HEAD.formatted("[{\"id\": \"ac-1\", \"title\": \"a\"}, {\"id\": \"ac-1\", \"title\": \"b\"}]");
        assertThatThrownBy(() -> Oscal.readCatalog(json)).hasMessageContaining(
                "$.catalog.controls: control id 'ac-1' appears more than once");
    }

    @Test
    void oversizedInputIsRefusedWithAShortMessage() {
        String hugeTitle = HEAD.formatted("[{\"id\": \"ac-1\", \"title\": \"" + "x".repeat(2_000_000) + "\"}]");
        assertThatThrownBy(() -> Oscal.readCatalog(hugeTitle)).isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(500));
        String longTitle = HEAD.formatted("[{\"id\": \"ac-1\", \"title\": \"" + "x".repeat(5_000) + "\"}]");
        assertThatThrownBy(() -> Oscal.readCatalog(longTitle)).hasMessageContaining(
                "$.catalog.groups[0].controls[0](ac-1).title: is longer than 4096 characters (5000)");
        String deep = HEAD.formatted("[{\"id\": \"a\", \"title\": \"t\", \"parts\": "
                + "[{\"name\": \"item\", \"parts\": ".repeat(40) + "[]" + "}]".repeat(40) + "}]");
        assertThatThrownBy(() -> Oscal.readCatalog(deep)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("nesting depth");
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i <= Oscal.MAX_CONTROLS; i++) {
            many.append(i == 0 ? "" : ",").append("{\"id\": \"c-").append(i).append("\", \"title\": \"t\"}");
        }
        assertThatThrownBy(() -> Oscal.readCatalog(HEAD.formatted(many.append("]")))).hasMessageContaining(
                "$.catalog.groups[0].controls[50000]: more than 50000 controls in one catalogue");
    }

    @Test
    void aProfileWithBadSelectionsNamesEachOne() {
        String json = """
                {"profile": {"uuid": "u", "metadata": {"title": "t", "version": "1", "oscal-version": "1.1.2"},
                  "imports": [{"href": "#x", "include-controls": [{"with-child-controls": "maybe"}]},
                              {"include-all": {}}]}}""";
        assertThatThrownBy(() -> Oscal.readProfile(json)).isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations()).extracting(Object::toString)
                        .containsExactly(
                                "$.profile.imports[0].include-controls[0].with-child-controls: must be \"yes\" or "
                                        + "\"no\", was 'maybe'",
                                "$.profile.imports[0].include-controls[0]: must name controls by with-ids or matching",
                                "$.profile.imports[1].href: is required"));
        assertThatThrownBy(() -> Oscal.readProfile("""
                {"profile": {"uuid": "u", "metadata": {"title": "t", "version": "1", "oscal-version": "1"}}}"""))
                .hasMessageContaining("$.profile.imports: is required and must not be empty");
    }
}
