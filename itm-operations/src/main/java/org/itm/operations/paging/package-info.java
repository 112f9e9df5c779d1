/**
 * Paging: escalation policies of ordered levels and pages that walk them until someone acknowledges. Start with
 * {@link org.itm.operations.paging.Pager#create}.
 */
package org.itm.operations.paging;
