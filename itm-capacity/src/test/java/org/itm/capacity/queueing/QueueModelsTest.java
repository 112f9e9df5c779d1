package org.itm.capacity.queueing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

class QueueModelsTest {

    @Test
    void erlangBMatchesTheClassicTableValue() {
        // 10 Erlangs on 10 trunks block 21.46 % of calls (standard Erlang B table)
        assertThat(ErlangB.blockingProbability(10, 10)).isCloseTo(0.2146, within(0.0001));
        assertThat(ErlangB.minimumServers(10, 0.01)).isEqualTo(18);
        assertThat(ErlangB.blockingProbability(3, 0)).isEqualTo(1.0);
    }

    @Test
    void erlangCIsCertainWaitingWhenOverloaded() {
        assertThat(ErlangC.probabilityOfWaiting(10, 10)).isEqualTo(1.0);
        assertThat(ErlangC.probabilityOfWaiting(10, 14)).isCloseTo(0.1741, within(0.0005));
    }

    @Test
    void mm1FollowsTheTextbookFormulas() {
        MM1Queue q = new MM1Queue(8, 10);
        assertThat(q.utilisation()).isCloseTo(0.8, within(1e-12));
        assertThat(q.meanNumberInSystem()).isCloseTo(4.0, within(1e-12));
        assertThat(q.meanNumberInQueue()).isCloseTo(3.2, within(1e-12));
        assertThat(q.meanResponseTimeSeconds()).isCloseTo(0.5, within(1e-12));
        assertThat(q.meanWaitSeconds()).isCloseTo(0.4, within(1e-12));
        assertThat(q.probabilityOfCustomers(0)).isCloseTo(0.2, within(1e-12));
        assertThat(q.responseTimePercentileSeconds(0.95)).isCloseTo(Math.log(20) / 2, within(1e-12));
        assertThatThrownBy(() -> new MM1Queue(10, 10)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("stable");
    }

    @Test
    void mmcWithOneServerIsMm1AndObeysLittlesLaw() {
        MMcQueue one = new MMcQueue(8, 10, 1);
        assertThat(one.meanResponseTimeSeconds()).isCloseTo(new MM1Queue(8, 10).meanResponseTimeSeconds(), within(1e-12));
        MMcQueue many = new MMcQueue(40, 5, 10);
        assertThat(many.meanNumberInSystem())
                .isCloseTo(LittlesLaw.itemsInSystem(40, Duration.ofNanos(Math.round(many.meanResponseTimeSeconds() * 1e9))),
                        within(1e-6));
    }

    @Test
    void littlesLawRoundTrips() {
        assertThat(LittlesLaw.itemsInSystem(2, Duration.ofSeconds(30))).isEqualTo(60.0);
        assertThat(LittlesLaw.arrivalRatePerSecond(60, Duration.ofSeconds(30))).isEqualTo(2.0);
        assertThat(LittlesLaw.timeInSystem(60, 2)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void responseTimeCurveRisesSteeplyNearFullUtilisation() {
        ResponseTimeCurve curve = new ResponseTimeCurve(Duration.ofMillis(100), 4);
        List<ResponseTimePoint> points = curve.points(0.95, 20);
        assertThat(points).hasSize(20);
        assertThat(points.get(0).meanResponseTimeSeconds()).isCloseTo(0.1, within(1e-12));
        for (int i = 1; i < points.size(); i++) {
            assertThat(points.get(i).meanResponseTimeSeconds()).isGreaterThan(points.get(i - 1).meanResponseTimeSeconds());
        }
        double knee = curve.maxUtilisationFor(Duration.ofMillis(200));
        assertThat(curve.responseTimeSeconds(knee)).isCloseTo(0.2, within(1e-6));
        assertThat(curve.maxUtilisationFor(Duration.ofMillis(50))).isZero();
    }
}
