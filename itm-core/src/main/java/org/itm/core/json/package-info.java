/**
 * The SDK's single JSON and YAML configuration, so that every module reads and writes records the same way:
 * {@code java.time} values as ISO-8601 text, unknown properties and duplicate keys rejected, YAML limited to plain
 * data, and input size bounded.
 *
 * <p>The entry point is {@link org.itm.core.json.ItmJson}: {@link org.itm.core.json.ItmJson#fromJson(String, Class)},
 * {@link org.itm.core.json.ItmJson#fromYaml(String, Class)}, {@link org.itm.core.json.ItmJson#toJson(Object)} and
 * {@link org.itm.core.json.ItmJson#toYaml(Object)} for records, or the shared mappers
 * {@link org.itm.core.json.ItmJson#json()} and {@link org.itm.core.json.ItmJson#yaml()}. A document that does not
 * fit its type is rejected with an {@link org.itm.core.ItmValidationException} whose violation path is the JSON path
 * of the bad element.
 *
 * <pre>{@code
 * record Threshold(String kpi, double warnAt, Duration window) { }
 *
 * Threshold mttr = ItmJson.fromYaml("kpi: mttr\nwarnAt: 8.5\nwindow: PT24H\n", Threshold.class);
 * String json = ItmJson.toJson(mttr);   // {"kpi":"mttr","warnAt":8.5,"window":"PT24H"}
 * Threshold back = ItmJson.fromJson(json, Threshold.class);   // equals mttr
 * ItmJson.fromYaml("kpi: mttr\nwarnAt: 8.5\nwindw: PT1H\n", Threshold.class);   // throws, naming windw
 * }</pre>
 */
@NullMarked
package org.itm.core.json;

import org.jspecify.annotations.NullMarked;
