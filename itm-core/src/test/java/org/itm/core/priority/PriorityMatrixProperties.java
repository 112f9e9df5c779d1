package org.itm.core.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class PriorityMatrixProperties {

    @Property
    void presetsGetNoLessUrgentWhenImpactOrUrgencyRises(@ForAll @IntRange(min = 1, max = 4) int i,
                                                         @ForAll @IntRange(min = 1, max = 4) int u) {
        PriorityMatrix m = PriorityMatrix.itil5x5();
        int here = m.priorityOf(i + 1, u + 1).level();
        assertThat(m.priorityOf(i, u + 1).level()).isLessThanOrEqualTo(here);
        assertThat(m.priorityOf(i + 1, u).level()).isLessThanOrEqualTo(here);
    }

    @Property(tries = 200)
    void generatedMatricesRoundTripThroughJson(@ForAll @IntRange(min = 1, max = 6) int impacts,
                                               @ForAll @IntRange(min = 1, max = 6) int urgencies,
                                               @ForAll @IntRange(min = 1, max = 6) int priorities,
                                               @ForAll long seed) {
        List<Priority> ps = IntStream.rangeClosed(1, priorities).mapToObj(l -> new Priority(l, "P" + l)).toList();
        PriorityMatrix m = PriorityMatrix.of(
                IntStream.rangeClosed(1, impacts).mapToObj(l -> new Impact(l, "I" + l)).toList(),
                IntStream.rangeClosed(1, urgencies).mapToObj(l -> new Urgency(l, "U" + l)).toList(),
                ps, (i, u) -> ps.get((int) Math.floorMod(seed * 31 + i.level() * 7L + u.level(), priorities)));
        assertThat(PriorityMatrix.fromJson(m.toJson())).isEqualTo(m);
        assertThat(PriorityMatrix.fromYaml(m.toYaml())).isEqualTo(m);
    }
}
