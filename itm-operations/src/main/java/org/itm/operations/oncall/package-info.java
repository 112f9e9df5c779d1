/**
 * On-call schedules: layers of rotations with wall-clock handoffs and weekly restrictions, explicit overrides on
 * top, and the queries a paging loop needs (who is on call at an instant and why, the final timeline, gaps,
 * double coverage, the next handoff). Start with {@link org.itm.operations.oncall.OnCallSchedule}.
 */
package org.itm.operations.oncall;
