/**
 * Plain input records of the KPI catalog: each carries exactly the fields its KPIs need, so that adapters from
 * the domain modules' types (incidents, changes, deployments, vulnerabilities, ...) are one mapping function each.
 */
@NullMarked
package org.itm.metrics.input;

import org.jspecify.annotations.NullMarked;
