/**
 * Roadmaps: {@link org.itm.governance.roadmap.RoadmapPlanner#plan} schedules selected initiatives into quarters
 * respecting dependencies and team capacity (resource levelling), and reports the critical path and each
 * initiative's slack; {@link org.itm.governance.roadmap.RoadmapDiff#between} shows what moves when the budget or
 * capacity changes.
 */
@NullMarked
package org.itm.governance.roadmap;

import org.jspecify.annotations.NullMarked;
