package org.itm.risk.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import org.itm.core.ItmValidationException;
import org.itm.testkit.SharedData;
import org.junit.jupiter.api.Test;

class CycloneDxTest {

    @Test
    void theDropwizardSbomBecomesAnInventoryOfMavenComponents() throws IOException {
        String json = Files.readString(SharedData.require("sbom/dropwizard-1.3.15.cdx.json"));
        InventoryImport result = CycloneDx.read(json, "dropwizard-service");
        SoftwareInventory inv = result.inventory();
        assertThat(result.rejected()).isEmpty();
        assertThat(inv.ciId()).isEqualTo("dropwizard-service");
        assertThat(inv.specVersion()).isEqualTo("1.2");
        assertThat(inv.components()).hasSize(167);
        assertThat(inv.subject().orElseThrow().label()).isEqualTo("io.dropwizard:dropwizard-parent@1.3.15");
        SoftwareComponent databind = inv.components().stream()
                .filter(c -> c.name().equals("jackson-databind")).findFirst().orElseThrow();
        assertThat(databind.purl().orElseThrow().namespace()).contains("com.fasterxml.jackson.core");
        assertThat(databind.effectiveVersion()).contains("2.9.10");
        assertThat(databind.ref()).isEqualTo("pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.10?type=jar");
        assertThat(inv.components()).allMatch(c -> c.purl().orElseThrow().type().equals("maven"));
    }

    @Test
    void theLaravelSbomBecomesAnInventoryOfComposerComponents() throws IOException {
        String json = Files.readString(SharedData.require("sbom/laravel-7.12.0.cdx.json"));
        InventoryImport result = CycloneDx.read(json, "laravel-app");
        assertThat(result.rejected()).isEmpty();
        assertThat(result.inventory().components()).hasSize(62);
        SoftwareComponent first = result.inventory().components().get(0);
        assertThat(first.ref()).isEqualTo("asm89/stack-cors-1.3.0.0");
        assertThat(first.purl().orElseThrow()).hasToString("pkg:composer/asm89/stack-cors@1.3.0");
    }

    @Test
    void aBadComponentIsRejectedWithItsPathAndTheRestIsKept() {
        String json = """
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [
                  {"name": "good", "version": "1.0", "purl": "pkg:npm/good@1.0.0"},
                  {"name": "badpurl", "version": "1.0", "purl": "npm/badpurl@1.0.0"},
                  {"name": 42, "cpe": "cpe:2.3:a:x"},
                  {"name": "parent", "version": "2", "purl": "pkg:pypi/parent@2",
                   "components": [{"name": "child", "version": "3", "purl": "pkg:pypi/child@3"}]},
                  {"name": "again", "purl": "pkg:npm/good@1.0.0"},
                  "not an object"
                ]}""";
        InventoryImport result = CycloneDx.read(json, "svc");
        assertThat(result.inventory().components()).extracting(SoftwareComponent::name)
                .containsExactly("good", "parent", "child");
        assertThat(result.rejected()).extracting(ImportRejection::describe).containsExactly(
                "components[1] ('badpurl'): $.components[1].purl: must start with 'pkg:'",
                "components[2]: $.components[2].name: must be a string, was number; "
                        + "$.components[2].cpe: must have 11 attributes after cpe:2.3:, had 2",
                "components[4] ('again'): $.components[4].bom-ref: repeats 'pkg:npm/good@1.0.0' of an earlier component",
                "components[5]: $.components[5]: must be an object");
    }

    @Test
    void documentsThatAreNotCycloneDxJsonAreRejectedWhole() {
        assertThatThrownBy(() -> CycloneDx.read("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.5\", "
                + "\"components\": [{\"name\": \"a\"", "svc"))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("end-of-input")
                .hasMessageContaining("(at line 1, column ");
        assertThatThrownBy(() -> CycloneDx.read("{\"bomFormat\": \"SPDX\", \"specVersion\": \"1.5\"}", "svc"))
                .hasMessageContaining("$.bomFormat: must be \"CycloneDX\"");
        assertThatThrownBy(() -> CycloneDx.read("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.1\"}", "svc"))
                .hasMessageContaining("$.specVersion: must be one of 1.2");
        assertThatThrownBy(() -> CycloneDx.read("[]", "svc")).hasMessageContaining("must be a JSON object");
        assertThatThrownBy(() -> CycloneDx.read("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.4\"}", "bad id!"))
                .hasMessageContaining("ciId");
    }

    @Test
    void oversizedInputIsRejectedWithAShortMessage() {
        String hugeName = "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.4\", \"components\": [{\"name\": \""
                + "x".repeat(2_000_000) + "\"}]}";
        assertThatThrownBy(() -> CycloneDx.read(hugeName, "svc")).isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(500));
        String longName = "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.4\", \"components\": [{\"name\": \""
                + "x".repeat(5_000) + "\"}]}";
        assertThat(CycloneDx.read(longName, "svc").rejected().get(0).describe())
                .contains("$.components[0].name: is longer than 1024 characters (5000)");
        String deep = "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.4\", \"components\": "
                + "[{\"name\": \"a\", \"components\": ".repeat(40) + "[]" + "}]".repeat(40) + "}";
        assertThatThrownBy(() -> CycloneDx.read(deep, "svc")).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("nesting depth");
    }
}
