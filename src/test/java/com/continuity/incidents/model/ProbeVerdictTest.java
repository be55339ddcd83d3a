package com.continuity.incidents.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProbeVerdictTest {

    static ProbeVerdict.Check ok(long ms) {
        return new ProbeVerdict.Check(true, ms);
    }

    static ProbeVerdict.Check failed() {
        return new ProbeVerdict.Check(false, 500);
    }

    @Test
    void aNewProbeSaysNothingUntilItsWindowIsFull() {
        assertThat(ProbeVerdict.of(List.of(failed(), failed()), 3, 50, 1000).failing()).isFalse();
    }

    @Test
    void errorsAboveTheThresholdFailMajorAndAllErrorsCritical() {
        var some = ProbeVerdict.of(List.of(ok(10), failed(), failed()), 3, 50, 1000);
        assertThat(some.failing()).isTrue();
        assertThat(some.impact()).isEqualTo(Impact.MAJOR);
        assertThat(ProbeVerdict.of(List.of(failed(), failed(), failed()), 3, 50, 1000).impact()).isEqualTo(Impact.CRITICAL);
        assertThat(ProbeVerdict.of(List.of(ok(10), ok(10), failed()), 3, 50, 1000).failing())
                .as("one in three is under 50 %").isFalse();
    }

    @Test
    void slowAnswersFailMinorOnTheirMeanLatency() {
        var slow = ProbeVerdict.of(List.of(ok(900), ok(1500), ok(1200)), 3, 50, 1000);
        assertThat(slow.failing()).isTrue();
        assertThat(slow.impact()).isEqualTo(Impact.MINOR);
        assertThat(slow.meanLatencyMillis()).isEqualTo(1200);
    }

    @Test
    void onlyTheLastWindowCounts() {
        assertThat(ProbeVerdict.of(List.of(failed(), failed(), ok(1), ok(1), ok(1)), 3, 0, 1000).failing()).isFalse();
    }

    @Property
    void failingIffErrorRateOrMeanLatencyIsOverItsThreshold(
            @ForAll @Size(min = 5, max = 5) List<@IntRange(min = -1, max = 3000) Integer> latencies) {
        List<ProbeVerdict.Check> checks = latencies.stream()
                .map(l -> l < 0 ? failed() : ok(l)).toList();
        var v = ProbeVerdict.of(checks, 5, 20, 1000);
        long failures = latencies.stream().filter(l -> l < 0).count();
        double mean = latencies.stream().filter(l -> l >= 0).mapToInt(Integer::intValue).average().orElse(0);
        assertThat(v.failing()).isEqualTo(failures * 100.0 / 5 > 20 || failures < 5 && Math.round(mean) > 1000);
    }
}
