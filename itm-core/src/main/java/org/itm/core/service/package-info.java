/**
 * Service model: business and technical {@link org.itm.core.service.Service services}, configuration items and
 * typed relationships forming a graph ({@link org.itm.core.service.ServiceModel}), with impact analysis
 * ("what is affected if this CI fails"), dependency analysis and neighbourhoods, each explaining itself.
 *
 * <p>Build a model with {@link org.itm.core.service.ServiceModel#builder()} (or read a
 * {@link org.itm.core.service.ServiceModelDefinition} from JSON and pass it to
 * {@link org.itm.core.service.ServiceModel#of ServiceModel.of}), then ask it
 * {@link org.itm.core.service.ServiceModel#impactOf impactOf},
 * {@link org.itm.core.service.ServiceModel#dependenciesOf dependenciesOf} or
 * {@link org.itm.core.service.ServiceModel#neighbourhood neighbourhood}; each answer is a
 * {@link org.itm.core.service.Reachability} that gives every element reached with the chain that reached it.
 *
 * <pre>{@code
 * ServiceId payments = new ServiceId("payments");
 * ServiceModel model = ServiceModel.builder()
 *         .service(new Service(payments, "Payments", ServiceKind.BUSINESS, "team-pay", CriticalityTier.TIER_1))
 *         .configurationItem(ConfigurationItem.of("pay-api", "application", "Payment API"))
 *         .configurationItem(ConfigurationItem.of("vm-12", "server", "VM 12"))
 *         .relationship(Relationship.dependsOn(payments, new CiId("pay-api")))
 *         .relationship(Relationship.runsOn(new CiId("pay-api"), new CiId("vm-12")))
 *         .build();
 * Reachability impact = model.impactOf(new CiId("vm-12"));
 * List<ServiceId> hit = impact.businessServices();        // [service:payments]
 * Optional<String> why = impact.explain(payments);        // the chain of relationships back to ci:vm-12
 * }</pre>
 */
@NullMarked
package org.itm.core.service;

import org.jspecify.annotations.NullMarked;
