package org.itm.operations.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.itm.core.service.ConfigurationItem;
import org.itm.core.service.Relationship;
import org.itm.core.service.ServiceModel;
import org.itm.core.time.TimeInterval;
import org.junit.jupiter.api.Test;

class CollisionDetectorTest {

    static final Instant T = Instant.parse("2026-03-02T20:00:00Z");

    static ServiceModel chain(int n) {
        ServiceModel.Builder b = ServiceModel.builder();
        for (int i = 0; i < n; i++) {
            b.configurationItem(ConfigurationItem.of("ci-" + i, "server", "server " + i));
        }
        for (int i = 1; i < n; i++) {
            b.relationship(Relationship.dependsOn(new org.itm.core.service.CiId("ci-" + i),
                    new org.itm.core.service.CiId("ci-" + (i - 1))));
        }
        return b.build();
    }

    static ScheduledChange change(String id, int startMinutes, int minutes, String... cis) {
        return new ScheduledChange(id, new TimeInterval(T.plus(Duration.ofMinutes(startMinutes)),
                T.plus(Duration.ofMinutes(startMinutes + minutes))), List.of(cis));
    }

    @Test
    void overlappingWindowsOnTheSameOrConnectedCisCollide() {
        CollisionDetector d = CollisionDetector.create(CiTopology.of(chain(5)), 1);
        List<Collision> found = d.find(List.of(
                change("A", 0, 60, "ci-0"),
                change("B", 30, 60, "ci-0"),   // same CI, overlaps A
                change("C", 45, 60, "ci-1"),   // neighbour of ci-0, overlaps A and B
                change("D", 50, 10, "ci-3"),   // two hops from ci-1: no collision at depth 1
                change("E", 60, 30, "ci-0"))); // starts when A ends: touches, does not overlap A
        assertThat(found).extracting(c -> c.first() + "-" + c.second())
                .containsExactlyInAnyOrder("A-B", "A-C", "B-C", "B-E", "C-E");
        Collision ab = found.stream().filter(c -> c.first().equals("A") && c.second().equals("B")).findFirst().orElseThrow();
        assertThat(ab.sameCi()).isTrue();
        assertThat(ab.overlap()).isEqualTo(new TimeInterval(T.plus(Duration.ofMinutes(30)), T.plus(Duration.ofMinutes(60))));
        assertThat(CollisionDetector.create(CiTopology.of(chain(5)), 2).find(List.of(
                change("C", 45, 60, "ci-1"), change("D", 50, 10, "ci-3")))).hasSize(1);
        // a change listing a CI twice is indexed and expired once
        assertThat(d.find(List.of(change("F", 0, 10, "ci-4", "ci-4"), change("G", 20, 10, "ci-4"),
                change("H", 25, 10, "ci-4")))).extracting(Collision::first).containsExactly("G");
    }

    @Property(tries = 50)
    void findsExactlyThePairsABruteForceCheckFinds(@ForAll long seed) {
        Random r = new Random(seed);
        ServiceModel model = chain(12);
        CiTopology topo = CiTopology.of(model);
        List<ScheduledChange> changes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            changes.add(change("C" + i, r.nextInt(600), 1 + r.nextInt(120), "ci-" + r.nextInt(12)));
        }
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < changes.size(); i++) {
            for (int j = i + 1; j < changes.size(); j++) {
                ScheduledChange a = changes.get(i);
                ScheduledChange b = changes.get(j);
                String ca = a.cis().get(0);
                String cb = b.cis().get(0);
                boolean linked = ca.equals(cb) || topo.within(ca, 1).contains(cb);
                if (linked && a.window().overlaps(b.window())) {
                    expected.add(Math.min(i, j) + "-" + Math.max(i, j));
                }
            }
        }
        Set<String> actual = new HashSet<>();
        for (Collision c : CollisionDetector.create(topo, 1).find(changes)) {
            int i = Integer.parseInt(c.first().substring(1));
            int j = Integer.parseInt(c.second().substring(1));
            actual.add(Math.min(i, j) + "-" + Math.max(i, j));
        }
        assertThat(actual).isEqualTo(expected);
    }
}
