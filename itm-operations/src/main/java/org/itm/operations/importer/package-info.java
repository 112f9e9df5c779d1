/**
 * Importers: incident data exported from other tools (ServiceNow event logs and tables, Jira issues) read into this
 * module's types, so that SLAs, audit timelines and service-review figures can be computed from real history.
 *
 * <p>Start with {@link org.itm.operations.importer.ServiceNowEventLogImporter} (or
 * {@link org.itm.operations.importer.ServiceNowTableImporter}, {@link org.itm.operations.importer.JiraIssueImporter}):
 * an import returns an {@link org.itm.operations.importer.ImportResult} holding one
 * {@link org.itm.operations.importer.IncidentTimeline} per incident and an
 * {@link org.itm.operations.importer.ImportReport} of every row read, used or rejected with its reason; nothing is
 * dropped silently. A timeline converts to an {@link org.itm.operations.sla.SlaTimeline} and to audit entries;
 * {@link org.itm.operations.importer.IncidentLogKpis} computes MTTR, reassignment, reopen and SLA-made figures.
 * Importers are immutable and thread-safe.
 *
 * <pre>{@code
 * import java.io.StringReader;
 *
 * String csv = "number,incident_state,active,reassignment_count,reopen_count,sys_mod_count,made_sla,opened_at,"
 *         + "sys_updated_by,sys_updated_at,priority,assignment_group,resolved_at,closed_at\n"
 *         + "INC1,New,true,0,0,0,true,2/3/2026 09:00,alice,2/3/2026 09:05,3 - Moderate,Service Desk,?,?\n"
 *         + "INC1,Resolved,true,1,0,1,true,2/3/2026 09:00,bob,2/3/2026 13:30,3 - Moderate,Messaging,2/3/2026 13:30,?\n"
 *         + "INC2,New,true,0,0,0,true,not a date,carol,2/3/2026 10:00,2 - High,Service Desk,?,?\n";
 * ImportResult result = ServiceNowEventLogImporter.create().importCsv(new StringReader(csv));
 * long used = result.report().rowsUsed();                 // 2 of 3: the INC2 row is rejected, with its reason
 * IncidentTimeline inc1 = result.incident("INC1").orElseThrow();
 * Optional<Duration> ttr = inc1.timeToResolve();           // PT4H30M
 * IncidentGroupKpis all = IncidentLogKpis.compute(result.incidents()).overall();   // 1 incident, 1 reassigned
 * }</pre>
 */
@NullMarked
package org.itm.operations.importer;

import org.jspecify.annotations.NullMarked;
