/**
 * Importers of incident data exported from other tools into the module's own types; start with
 * {@link org.itm.operations.importer.ServiceNowEventLogImporter} and compute service-review figures with
 * {@link org.itm.operations.importer.IncidentLogKpis}.
 */
@NullMarked
package org.itm.operations.importer;

import org.jspecify.annotations.NullMarked;
