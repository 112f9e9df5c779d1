/**
 * Runbooks as data executed step by step with retries, timeouts and rollback; start with {@link org.itm.operations.runbook.RunbookRunner} and {@link org.itm.operations.runbook.RunbookCatalog}.
 */
@NullMarked
package org.itm.operations.runbook;

import org.jspecify.annotations.NullMarked;
