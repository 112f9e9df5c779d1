/**
 * Recommendations: what to do about a resource's capacity, downsize or scale up, with the numbers behind it.
 *
 * <p>The entry point is {@link org.itm.capacity.recommend.Recommender}, created with a clock and a
 * {@link org.itm.capacity.recommend.RecommendationPolicy}. {@link org.itm.capacity.recommend.Recommender#rightsizing
 * rightsizing} looks back over the policy's window for persistently low p95 utilisation;
 * {@link org.itm.capacity.recommend.Recommender#scaleUp scaleUp} looks ahead through a forecast (see
 * {@code org.itm.capacity.exhaustion}). Each {@link org.itm.capacity.recommend.Recommendation} carries its
 * {@link org.itm.capacity.recommend.Evidence} and a one-sentence summary.
 *
 * <pre>{@code
 * import org.itm.capacity.exhaustion.Resource;
 * import org.itm.capacity.series.TimeSeries;
 * import org.itm.capacity.series.Unit;
 *
 * Resource vm = Resource.builder("vm-1").capacity(16, Unit.of("vCPU")).build();
 * double[] busyCores = new double[31];                       // one value a day, 1 to 31 March
 * for (int day = 0; day < busyCores.length; day++) {
 *     busyCores[day] = day % 7 < 5 ? 3.0 : 1.0;
 * }
 * TimeSeries usage = TimeSeries.regular("busy cores", vm.unit(), Instant.parse("2026-03-01T00:00:00Z"),
 *         Duration.ofDays(1), busyCores);
 * Clock clock = Clock.fixed(Instant.parse("2026-03-31T00:00:00Z"), ZoneOffset.UTC);
 *
 * Optional<Recommendation> r = Recommender.create(clock, RecommendationPolicy.defaults()).rightsizing(vm, usage);
 * // DOWNSIZE to 5 vCPU: "downsize vm-1 from 16 to 5 vCPU: p95 utilisation was 18.8% (under 20.0%) for 30 days"
 * double suggested = r.orElseThrow().suggestedCapacity();
 * }</pre>
 */
@NullMarked
package org.itm.capacity.recommend;

import org.jspecify.annotations.NullMarked;
