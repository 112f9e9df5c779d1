package org.itm.core.service.cmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

/** Malformed, truncated and oversized CMDB exports are refused whole, naming entry and field. */
class CmdbHostileInputTest {

    private static final CmdbReconciler CMDB = CmdbReconcilerTest.reconciler();

    private static List<String> violations(Runnable r) {
        try {
            r.run();
        } catch (ItmValidationException e) {
            return e.violations().stream().map(Object::toString).toList();
        }
        throw new AssertionError("expected an ItmValidationException");
    }

    @Test
    void aTruncatedCsvIsRefusedNamingTheRow() {
        String cut = CmdbReconcilerTest.SERVICENOW_CSV.substring(0,
                CmdbReconcilerTest.SERVICENOW_CSV.indexOf("Core switch") + 4);
        assertThat(violations(() -> CMDB.importCsv(List.of(), "servicenow", cut))).singleElement().asString()
                .startsWith("row 4 (line 5): a quoted field is never closed (truncated input?)");
    }

    @Test
    void malformedCsvRowsAndHeadersAreEachNamed() {
        String csv = """
                name,type,serial,serial,
                a,server,S1
                b,server,S2,S2,x,extra
                """;
        assertThat(violations(() -> CmdbReconciler.readCsv(csv))).containsExactly(
                "header.column[4]: repeats column 'serial'",
                "header.column[5]: must not be blank",
                "row 2 (line 3): has 6 fields, but the header names 5 columns");
        assertThat(violations(() -> CmdbReconciler.readCsv(""))).containsExactly(
                "$: is empty: expected a header row naming the columns");
        assertThat(violations(() -> CmdbReconciler.readCsv("name,type\n\"a\"x,server\n"))).singleElement()
                .asString().startsWith("row 1 (line 2): ");
    }

    @Test
    void entriesThatCannotBeImportedAreAllNamedAndNothingIsImported() {
        String csv = """
                name,type,serial,hostname,domain,os
                ,server,S1,,,
                Web,server,,web9,,
                Db,not a type,S3,,,
                Ok,server,S4,,,%s
                """.formatted("x".repeat(5000));
        assertThat(violations(() -> CMDB.importCsv(List.of(), "servicenow", csv))).containsExactly(
                "row 1 (line 2).name: is required to create an item (no known item matches)",
                "row 2 (line 3): has no identifying attributes: needs serial, or hostname+domain, or cloud_resource_id",
                "row 3 (line 4).type: must be 1-128 characters of letters, digits or ._:@/- starting with a letter "
                        + "or digit, was 'not a type'",
                "row 4 (line 5).os: is longer than 4096 characters (5000)");
    }

    @Test
    void hostileJsonIsRefusedWithPathAndField() {
        assertThat(violations(() -> CMDB.importJson(List.of(), "d", "[{\"serial\": \"S1\", \"name\": "))).singleElement()
                .asString().contains("(at line 1");
        assertThat(violations(() -> CMDB.importJson(List.of(), "d", """
                {"result": [{"serial": "S1", "name": "a", "type": "server", "ips": ["10.0.0.1"]},
                            7,
                            {"serial": "S2", "name": "b", "type": "server", "location": {"display_value": {}}}]}""")))
                .containsExactly(
                        "$.result[0].ips: must be a string, number or boolean, was array",
                        "$.result[1]: must be an object, was number",
                        "$.result[2].location: display_value must be a string, was object");
        assertThat(violations(() -> CMDB.importJson(List.of(), "d", "{\"records\": []}"))).containsExactly(
                "$: must be an array of items (or an object with a \"result\" or \"items\" array)");
    }

    @Test
    void oversizedInputIsRefusedWithAShortMessage() {
        String huge = "name,type,serial\n" + ("a,server," + "x".repeat(100) + "\n").repeat(160_000);
        assertThatThrownBy(() -> CmdbReconciler.readCsv(huge)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("more than " + CmdbReconciler.MAX_INPUT_CHARS)
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(300));
        String hugeJson = "[{\"serial\": \"" + "x".repeat(2_000_000) + "\"}]";
        assertThatThrownBy(() -> CmdbReconciler.readJson(hugeJson)).isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(500));
        String wide = "c" + ",c".repeat(2000) + "\n";
        assertThatThrownBy(() -> CmdbReconciler.readCsv(wide)).hasMessageContaining("more than 1024 fields");
    }

    @Test
    void aColumnCalledNameIsNotTakenForTheNameFromAnotherColumn() {
        CmdbReconciler custom = CmdbReconciler.builder().identification(IdentificationRule.of("asset_tag"))
                .nameField("display_name").build();
        assertThat(violations(() -> custom.importCsv(List.of(), "assets", """
                asset_tag,display_name,name,type
                AT-1,Laptop of Ann,ann-laptop,laptop
                """))).containsExactly("row 1 (line 2).name: is reserved for the item's name, which this "
                + "reconciler reads from column 'display_name'");
    }

    @Test
    void badSettingsAreAllNamed() {
        assertThat(violations(() -> CmdbReconciler.builder().precedence("ip", "a", "a", " ")
                .defaultPrecedence().nameField("n").typeField("n").build())).containsExactly(
                "precedence.ip[1]: repeats source 'a'",
                "precedence.ip[2]: must not be blank",
                "identification: needs at least one rule",
                "typeField: must differ from nameField");
    }
}
