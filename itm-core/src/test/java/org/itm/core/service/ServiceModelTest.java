package org.itm.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itm.core.service.Relationship.connectsTo;
import static org.itm.core.service.Relationship.dependsOn;
import static org.itm.core.service.Relationship.runsOn;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.itm.core.ItmValidationException;
import org.itm.core.NotFoundException;
import org.itm.core.Violation;
import org.itm.core.json.ItmJson;
import org.junit.jupiter.api.Test;

class ServiceModelTest {

    static final ServiceId PAYMENTS = new ServiceId("payments");
    static final ServiceId REPORTING = new ServiceId("reporting");
    static final ServiceId AUTH = new ServiceId("auth");
    static final CiId PAY_API = new CiId("pay-api");
    static final CiId PAY_DB = new CiId("pay-db");
    static final CiId AUTH_APP = new CiId("auth-app");
    static final CiId VM_12 = new CiId("vm-12");
    static final CiId VM_20 = new CiId("vm-20");

    /**
     * payments (business) → pay-api → vm-12, pay-api → pay-db → vm-20, payments → auth (technical) → auth-app →
     * vm-12, reporting (business) → pay-db.
     */
    static ServiceModel shop() {
        return ServiceModel.builder()
                .service(new Service(PAYMENTS, "Payments", ServiceKind.BUSINESS, "team-pay", CriticalityTier.TIER_1))
                .service(new Service(REPORTING, "Reporting", ServiceKind.BUSINESS, "team-bi", CriticalityTier.TIER_3))
                .service(new Service(AUTH, "Authentication", ServiceKind.TECHNICAL, "team-iam", CriticalityTier.TIER_1))
                .configurationItem(ConfigurationItem.of("pay-api", "application", "Payment API"))
                .configurationItem(ConfigurationItem.of("pay-db", "database", "Payment DB"))
                .configurationItem(ConfigurationItem.of("auth-app", "application", "Auth server"))
                .configurationItem(new ConfigurationItem(VM_12, "server", "VM 12", Map.of("location", "fra-1")))
                .configurationItem(ConfigurationItem.of("vm-20", "server", "VM 20"))
                .relationship(dependsOn(PAYMENTS, PAY_API))
                .relationship(dependsOn(PAYMENTS, AUTH))
                .relationship(dependsOn(AUTH, AUTH_APP))
                .relationship(dependsOn(REPORTING, PAY_DB))
                .relationship(runsOn(PAY_API, VM_12))
                .relationship(runsOn(AUTH_APP, VM_12))
                .relationship(connectsTo(PAY_API, PAY_DB))
                .relationship(runsOn(PAY_DB, VM_20))
                .build();
    }

    private final ServiceModel model = shop();

    @Test
    void failureOfAHostAffectsEverythingRunningOnItAndTheServicesAbove() {
        Reachability impact = model.impactOf(VM_12);

        assertThat(impact.reached()).containsExactlyInAnyOrder(PAY_API, AUTH_APP, PAYMENTS, AUTH);
        assertThat(impact.businessServices()).containsExactly(PAYMENTS);
        assertThat(impact.services()).containsExactlyInAnyOrder(PAYMENTS, AUTH);
        assertThat(impact.configurationItems()).containsExactlyInAnyOrder(PAY_API, AUTH_APP);
        assertThat(impact.distance(PAY_API)).hasValue(1);
        assertThat(impact.distance(PAYMENTS)).hasValue(2);
        assertThat(impact.pathTo(PAYMENTS)).contains(List.of(runsOn(PAY_API, VM_12), dependsOn(PAYMENTS, PAY_API)));
        assertThat(impact.explain(PAYMENTS)).contains("service:payments is affected by a failure of ci:vm-12: "
                + "ci:pay-api RUNS_ON ci:vm-12; service:payments DEPENDS_ON ci:pay-api");
    }

    @Test
    void impactIsTransitiveAndNearestFirst() {
        Reachability impact = model.impactOf(VM_20);

        assertThat(impact.reached()).containsExactly(PAY_DB, REPORTING, PAY_API, PAYMENTS);
        assertThat(impact.businessServices()).containsExactly(REPORTING, PAYMENTS);
        assertThat(impact.distance(PAYMENTS)).hasValue(3);
        assertThat(impact.pathTo(PAYMENTS)).contains(List.of(
                runsOn(PAY_DB, VM_20), connectsTo(PAY_API, PAY_DB), dependsOn(PAYMENTS, PAY_API)));
    }

    @Test
    void originAndUnaffectedElementsAreNotReported() {
        Reachability impact = model.impactOf(PAY_DB);

        assertThat(impact.contains(PAY_DB)).isFalse();
        assertThat(impact.contains(AUTH)).isFalse();
        assertThat(impact.distance(AUTH)).isEqualTo(OptionalInt.empty());
        assertThat(impact.pathTo(VM_20)).isEmpty();
        assertThat(impact.explain(AUTH)).isEmpty();
        assertThat(impact.size()).isEqualTo(3);
    }

    @Test
    void impactCanFollowSelectedRelationshipTypesOnly() {
        Reachability impact = model.impactOf(VM_20, EnumSet.of(RelationshipType.RUNS_ON, RelationshipType.DEPENDS_ON));

        assertThat(impact.reached()).containsExactly(PAY_DB, REPORTING);
    }

    @Test
    void dependenciesAreTheReverseOfImpact() {
        Reachability needs = model.dependenciesOf(PAYMENTS);

        assertThat(needs.reached()).containsExactlyInAnyOrder(PAY_API, AUTH, VM_12, PAY_DB, AUTH_APP, VM_20);
        assertThat(needs.distance(VM_20)).hasValue(3);
        assertThat(needs.pathTo(VM_20)).contains(List.of(
                dependsOn(PAYMENTS, PAY_API), connectsTo(PAY_API, PAY_DB), runsOn(PAY_DB, VM_20)));
        assertThat(needs.explain(VM_12)).contains(
                "ci:vm-12 is needed by service:payments: service:payments DEPENDS_ON ci:pay-api; ci:pay-api RUNS_ON ci:vm-12");
        assertThat(model.dependenciesOf(VM_12).reached()).isEmpty();
    }

    @Test
    void neighbourhoodFollowsBothDirectionsUpToTheDepth() {
        assertThat(model.neighbourhood(PAY_API, 0).reached()).isEmpty();
        assertThat(model.neighbourhood(PAY_API, 1).reached()).containsExactlyInAnyOrder(PAYMENTS, VM_12, PAY_DB);
        assertThat(model.neighbourhood(PAY_API, 2).reached())
                .containsExactlyInAnyOrder(PAYMENTS, VM_12, PAY_DB, AUTH, AUTH_APP, REPORTING, VM_20);
        Reachability two = model.neighbourhood(PAY_API, 2);
        assertThat(two.pathTo(AUTH_APP)).contains(List.of(runsOn(PAY_API, VM_12), runsOn(AUTH_APP, VM_12)));
    }

    @Test
    void cyclesAreTraversedOnce() {
        CiId a = new CiId("a");
        CiId b = new CiId("b");
        CiId c = new CiId("c");
        ServiceId s = new ServiceId("s");
        ServiceModel cyclic = ServiceModel.builder()
                .service(new Service(s, "S", ServiceKind.BUSINESS, "me", CriticalityTier.TIER_2))
                .configurationItem(ConfigurationItem.of("a", "app", "A"))
                .configurationItem(ConfigurationItem.of("b", "app", "B"))
                .configurationItem(ConfigurationItem.of("c", "app", "C"))
                .relationship(connectsTo(a, b))
                .relationship(connectsTo(b, c))
                .relationship(connectsTo(c, a))
                .relationship(dependsOn(s, a))
                .build();

        Reachability impact = cyclic.impactOf(b);

        assertThat(impact.reached()).containsExactly(a, c, s);
        assertThat(impact.pathTo(s)).contains(List.of(connectsTo(a, b), dependsOn(s, a)));
        assertThat(cyclic.dependenciesOf(a).reached()).containsExactly(b, c);
    }

    @Test
    void directRelationshipsCanBeListed() {
        assertThat(model.relationshipsFrom(PAY_API)).containsExactly(runsOn(PAY_API, VM_12), connectsTo(PAY_API, PAY_DB));
        assertThat(model.relationshipsTo(VM_12)).containsExactly(runsOn(PAY_API, VM_12), runsOn(AUTH_APP, VM_12));
        assertThat(model.service(AUTH).orElseThrow().kind()).isEqualTo(ServiceKind.TECHNICAL);
        assertThat(model.configurationItem(VM_12).orElseThrow().attributes()).containsEntry("location", "fra-1");
        assertThat(model.configurationItem(new CiId("nope"))).isEmpty();
    }

    @Test
    void unknownOriginIsNotFound() {
        assertThatThrownBy(() -> model.impactOf(new CiId("ghost")))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("ci:ghost");
        assertThatThrownBy(() -> model.dependenciesOf(new ServiceId("pay-api")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void badTraversalArgumentsAreRejected() {
        assertThatThrownBy(() -> model.neighbourhood(PAY_API, -1)).isInstanceOf(ItmValidationException.class);
        assertThatThrownBy(() -> model.impactOf(PAY_API, Set.of())).isInstanceOf(ItmValidationException.class);
        assertThatThrownBy(() -> model.impactOf(null)).isInstanceOf(ItmValidationException.class);
    }

    @Test
    void buildReportsEveryProblemWithItsPath() {
        ServiceModel.Builder builder = ServiceModel.builder()
                .service(new Service(PAYMENTS, "Payments", ServiceKind.BUSINESS, "t", CriticalityTier.TIER_1))
                .service(new Service(PAYMENTS, "Payments 2", ServiceKind.BUSINESS, "t", CriticalityTier.TIER_1))
                .configurationItem(ConfigurationItem.of("pay-api", "application", "API"))
                .configurationItem(ConfigurationItem.of("pay-api", "application", "API again"))
                .relationship(dependsOn(PAYMENTS, PAY_API))
                .relationship(runsOn(PAY_API, VM_12))
                .relationship(dependsOn(PAYMENTS, PAY_API));

        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("services[1].id", "duplicate service id payments"),
                        new Violation("configurationItems[1].id", "duplicate CI id pay-api"),
                        new Violation("relationships[1].target", "unknown CI vm-12"),
                        new Violation("relationships[2]",
                                "duplicate relationship service:payments DEPENDS_ON ci:pay-api")));
    }

    @Test
    void serviceAndCiIdsAreDistinctEvenWithTheSameText() {
        ServiceModel m = ServiceModel.builder()
                .service(new Service(new ServiceId("x"), "X", ServiceKind.BUSINESS, "t", CriticalityTier.TIER_4))
                .configurationItem(ConfigurationItem.of("x", "app", "X"))
                .relationship(dependsOn(new ServiceId("x"), new CiId("x")))
                .build();

        assertThat(m.impactOf(new CiId("x")).businessServices()).containsExactly(new ServiceId("x"));
    }

    @Test
    void invalidValuesAreRejected() {
        assertThatThrownBy(() -> new ServiceId(" bad")).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("serviceId");
        assertThatThrownBy(() -> new CiId("x".repeat(129))).isInstanceOf(ItmValidationException.class);
        assertThatThrownBy(() -> dependsOn(PAY_API, PAY_API)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("must differ");
        assertThatThrownBy(() -> new Service(PAYMENTS, " ", ServiceKind.BUSINESS, "t", CriticalityTier.TIER_1))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> new ConfigurationItem(PAY_API, "app", "A", java.util.Collections.singletonMap("k", null)))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("attributes.k");
    }

    @Test
    void modelValuesRoundTripThroughJson() {
        for (Relationship r : model.relationships()) {
            assertThat(ItmJson.fromJson(ItmJson.toJson(r), Relationship.class)).isEqualTo(r);
        }
        for (Service s : model.services()) {
            assertThat(ItmJson.fromJson(ItmJson.toJson(s), Service.class)).isEqualTo(s);
        }
        for (ConfigurationItem ci : model.configurationItems()) {
            assertThat(ItmJson.fromJson(ItmJson.toJson(ci), ConfigurationItem.class)).isEqualTo(ci);
        }
        assertThat(ItmJson.toJson(runsOn(PAY_API, VM_12)))
                .isEqualTo("{\"source\":{\"kind\":\"ci\",\"value\":\"pay-api\"},\"type\":\"RUNS_ON\",\"target\":{\"kind\":\"ci\",\"value\":\"vm-12\"}}");
    }

    @Test
    void unknownElementKindInJsonIsRejected() {
        assertThatThrownBy(() -> ItmJson.fromJson(
                "{\"source\":{\"kind\":\"java.lang.Runtime\",\"value\":\"x\"},\"type\":\"RUNS_ON\",\"target\":{\"kind\":\"ci\",\"value\":\"y\"}}",
                Relationship.class)).isInstanceOf(ItmValidationException.class);
    }

    @Test
    void linkWithinFindsTheShortestChainUpToTheDepth() {
        assertThat(model.linkWithin(PAY_API, AUTH_APP, 2))
                .contains(List.of(runsOn(PAY_API, VM_12), runsOn(AUTH_APP, VM_12)));
        assertThat(model.linkWithin(PAY_API, AUTH_APP, 1)).isEmpty();
        assertThat(model.linkWithin(VM_20, VM_12, 2)).isEmpty();
        assertThat(model.linkWithin(VM_20, VM_12, 3))
                .contains(List.of(runsOn(PAY_DB, VM_20), connectsTo(PAY_API, PAY_DB), runsOn(PAY_API, VM_12)));
        assertThat(model.linkWithin(VM_12, VM_12, 0)).contains(List.of());
        assertThatThrownBy(() -> model.linkWithin(VM_12, new CiId("ghost"), 3)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void definitionRoundTripsThroughJsonAndYamlIntoTheSameModel() {
        ServiceModelDefinition definition = model.toDefinition();

        ServiceModelDefinition fromJson = ItmJson.fromJson(ItmJson.toJson(definition), ServiceModelDefinition.class);
        ServiceModelDefinition fromYaml = ItmJson.fromYaml(ItmJson.toYaml(definition), ServiceModelDefinition.class);

        assertThat(fromJson).isEqualTo(definition);
        assertThat(fromYaml).isEqualTo(definition);
        ServiceModel rebuilt = ServiceModel.of(fromJson);
        assertThat(rebuilt.toDefinition()).isEqualTo(definition);
        assertThat(rebuilt.impactOf(VM_20).reached()).containsExactlyElementsOf(model.impactOf(VM_20).reached());
    }

    @Test
    void definitionWithUnknownEndpointsIsRejectedWithPaths() {
        ServiceModelDefinition bad = new ServiceModelDefinition(List.of(), List.of(ConfigurationItem.of("a", "app", "A")),
                List.of(dependsOn(new ServiceId("s"), new CiId("a"))));

        assertThatThrownBy(() -> ServiceModel.of(bad))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("relationships[0].source", "unknown service s")));
    }
}
