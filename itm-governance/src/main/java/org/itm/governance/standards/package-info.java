/**
 * Architecture standards: a {@link org.itm.governance.standards.TechnologyCatalogue} with radar rings and vendor
 * end-of-support dates, {@link org.itm.governance.standards.Principle}s, {@link org.itm.governance.standards.Standard}s
 * as rules checked by {@link org.itm.governance.standards.ConformanceChecker} against
 * {@link org.itm.governance.standards.Application}s (with {@link org.itm.governance.standards.Waiver}s that expire),
 * end-of-life exposure, and a {@link org.itm.governance.standards.TechDebtRegister}.
 */
@NullMarked
package org.itm.governance.standards;

import org.jspecify.annotations.NullMarked;
