/**
 * CMDB import: configuration items exported by a CMDB or a discovery tool (CSV or JSON) identified against the
 * items already known by configurable {@link org.itm.core.service.cmdb.IdentificationRule identification rules}
 * (serial number, host name and domain, cloud resource id, ...), reconciled attribute by attribute with a
 * precedence of sources, and reported as created, updated, unchanged and conflicting items with the reasons.
 *
 * <p>Start with {@link org.itm.core.service.cmdb.CmdbReconciler#builder()}. Reconciling is a pure function of the
 * known items and the export: keep the resulting items where your application keeps its CMDB, or let a
 * {@link org.itm.core.service.cmdb.CmdbRepository} apply each import to a document store in one atomic batch.
 *
 * <pre>{@code
 * // given: List<ReconciledItem> known, String csv
 *
 * CmdbReconciler reconciler = CmdbReconciler.builder()
 *         .identification(IdentificationRule.of("serial"), IdentificationRule.of("hostname", "domain"))
 *         .precedence("ip_address", "discovery", "servicenow")   // discovery's address wins over the CMDB's
 *         .defaultPrecedence("servicenow", "discovery")
 *         .build();
 * CmdbImport result = reconciler.importCsv(known, "servicenow", csv);
 * List<ReconciledItem> after = result.items();                  // the items to keep for the next import
 * for (CmdbOutcome o : result.report().conflicting()) {         // entries not applied, with the reasons
 *     System.out.println(o.entry() + ": " + o.reasons());
 * }
 * }</pre>
 */
@NullMarked
package org.itm.core.service.cmdb;

import org.jspecify.annotations.NullMarked;
