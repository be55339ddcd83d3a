package com.continuity.sla.model;

import com.continuity.incidents.model.Impact;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.continuity.sla.model.Terms.at;
import static org.assertj.core.api.Assertions.assertThat;

/** The index finds exactly what a scan of every outage finds. */
class OutageIndexTest {

    private static final Instant T0 = at("2026-01-01T00:00:00Z");

    @Test
    void aLongOutageStartingLongBeforeThePeriodIsFoundBehindShortOnes() {
        Outage longOne = new Outage(T0, T0.plusSeconds(90 * 86_400), Impact.MAJOR, "long");
        Outage shortOne = new Outage(T0.plusSeconds(86_400), T0.plusSeconds(86_460), Impact.MAJOR, "short");
        OutageIndex index = new OutageIndex(Map.of("d", List.of(shortOne, longOne)));
        assertThat(index.find(List.of("d"), at("2026-03-01T00:00:00Z"), at("2026-04-01T00:00:00Z")))
                .containsExactly(longOne);
    }

    @Test
    void anOutageOfTwoCoveredDomainsIsFoundOnce() {
        Outage both = new Outage(T0, T0.plusSeconds(60), Impact.MAJOR, "both");
        OutageIndex index = new OutageIndex(Map.of("a", List.of(both), "b", List.of(both)));
        assertThat(index.find(List.of("a", "b", "unknown"), T0, T0.plusSeconds(3600))).containsExactly(both);
    }

    @Property(tries = 200)
    void theIndexFindsWhatAScanFinds(@ForAll @Size(max = 60) List<@LongRange(max = 400_000) Long> starts,
                                     @ForAll @Size(max = 60) List<@LongRange(max = 50_000) Long> lengths,
                                     @ForAll @LongRange(max = 450_000) long from,
                                     @ForAll @LongRange(max = 100_000) long span,
                                     @ForAll @IntRange(min = 1, max = 4) int domains) {
        Map<String, List<Outage>> byDomain = new HashMap<>();
        List<Outage> all = new ArrayList<>();
        for (int i = 0; i < Math.min(starts.size(), lengths.size()); i++) {
            Instant start = T0.plusSeconds(starts.get(i));
            Outage o = new Outage(start, start.plusSeconds(lengths.get(i)), Impact.MAJOR, "o" + i);
            byDomain.computeIfAbsent("d" + i % 5, k -> new ArrayList<>()).add(o);
            all.add(o);
        }
        Instant a = T0.plusSeconds(from);
        Instant b = a.plusSeconds(span);
        List<String> wanted = new ArrayList<>();
        for (int d = 0; d < domains; d++) {
            wanted.add("d" + d);
        }
        Set<Outage> expected = new LinkedHashSet<>();
        for (Outage o : all) {
            boolean covered = wanted.contains("d" + all.indexOf(o) % 5);
            if (covered && o.start().isBefore(b) && o.end().isAfter(a)) {
                expected.add(o);
            }
        }
        assertThat(new OutageIndex(byDomain).find(wanted, a, b)).containsExactlyInAnyOrderElementsOf(expected);
    }
}
