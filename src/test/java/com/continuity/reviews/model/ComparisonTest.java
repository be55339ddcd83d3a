package com.continuity.reviews.model;

import com.continuity.reviews.model.Snapshot.Changes;
import com.continuity.reviews.model.Snapshot.ServiceEntry;
import com.continuity.reviews.model.Snapshot.SpofChange;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonTest {

    static ServiceEntry service(String key, int score, List<String> onPaper, List<String> inPractice) {
        return new ServiceEntry(key, "Service " + key, "team", 1, "owner", score, onPaper, inPractice, 0.999, 525.6,
                null, 15, 0, 240, List.of());
    }

    @Test
    void aFirstReviewHasNothingToCompareWith() {
        Changes c = Comparison.between(null, List.of(service("a", 20, List.of("x"), List.of("x"))));
        assertThat(c.first()).isTrue();
        assertThat(c.none()).isTrue();
    }

    @Test
    void scoresSpofsAndServicesThatChangedAreNamedEachOnce() {
        List<ServiceEntry> before = List.of(service("chat", 10, List.of(), List.of("gateway")),
                service("triage", 40, List.of("bedrock"), List.of("bedrock")),
                service("gone", 5, List.of(), List.of()));
        List<ServiceEntry> after = List.of(service("chat", 35, List.of("claude"), List.of("claude", "gateway")),
                service("triage", 40, List.of(), List.of()),
                service("new", 0, List.of(), List.of()));

        Changes c = Comparison.between(before, after);

        assertThat(c.first()).isFalse();
        assertThat(c.scores()).extracting(s -> s.service() + ":" + s.before() + "->" + s.after())
                .containsExactly("chat:10->35");
        assertThat(c.spofsAdded()).containsExactly(new SpofChange("chat", "Service chat", "claude", false));
        assertThat(c.spofsRemoved()).containsExactly(new SpofChange("triage", "Service triage", "bedrock", false));
        assertThat(c.servicesAdded()).containsExactly("new");
        assertThat(c.servicesRemoved()).containsExactly("gone");
    }

    @Test
    void aRenamedServiceKeepsItsSpofs() {
        ServiceEntry old = service("chat", 20, List.of("claude"), List.of("claude"));
        Changes c = Comparison.between(List.of(old), List.of(old.withName("Support chatbot")));
        assertThat(c.none()).isTrue();
    }

    @Test
    void theLargestMovesComeFirstAndWorseningBeforeImprovingAtEqualSize() {
        Changes c = Comparison.between(
                List.of(service("a", 50, List.of(), List.of()), service("b", 50, List.of(), List.of()),
                        service("c", 50, List.of(), List.of())),
                List.of(service("a", 45, List.of(), List.of()), service("b", 55, List.of(), List.of()),
                        service("c", 80, List.of(), List.of())));
        assertThat(c.scores()).extracting(s -> s.service()).containsExactly("c", "b", "a");
    }

    @Test
    void aTrendPointAveragesTheScoresAndCountsServicesWithASpofInPractice() {
        var point = Comparison.point(Quarter.parse("2026-Q4"), List.of(service("a", 10, List.of(), List.of("x")),
                service("b", 25, List.of(), List.of())));
        assertThat(point.averageScore()).isEqualTo(17.5);
        assertThat(point.highestScore()).isEqualTo(25);
        assertThat(point.servicesWithSpofInPractice()).isEqualTo(1);
        assertThat(point.services()).isEqualTo(2);
    }

    @Property
    void aSnapshotComparedWithItselfShowsNoChange(@ForAll("portfolios") List<ServiceEntry> services) {
        assertThat(Comparison.between(services, services).none()).isTrue();
    }

    @Property
    void swappingTheReviewsSwapsWhatWasAddedAndRemoved(@ForAll("portfolios") List<ServiceEntry> before,
                                                       @ForAll("portfolios") List<ServiceEntry> after) {
        Changes forward = Comparison.between(before, after);
        Changes back = Comparison.between(after, before);
        assertThat(keys(back.spofsRemoved())).isEqualTo(keys(forward.spofsAdded()));
        assertThat(keys(back.spofsAdded())).isEqualTo(keys(forward.spofsRemoved()));
        assertThat(back.servicesRemoved()).isEqualTo(forward.servicesAdded());
        assertThat(back.scores().size()).isEqualTo(forward.scores().size());
    }

    private static Set<String> keys(List<SpofChange> changes) {
        Set<String> out = new HashSet<>();
        changes.forEach(c -> out.add(c.service() + "/" + c.domain() + "/" + c.inPractice()));
        assertThat(out).hasSameSizeAs(changes);
        return out;
    }

    @Provide
    Arbitrary<List<ServiceEntry>> portfolios() {
        Arbitrary<List<String>> domains = Arbitraries.of("claude", "openai", "gateway", "bedrock").set().ofMaxSize(3)
                .map(ArrayList::new);
        Arbitrary<ServiceEntry> entry = Combinators.combine(Arbitraries.of("a", "b", "c", "d", "e"),
                Arbitraries.integers().between(0, 100), domains, domains).as((key, score, paper, practice) -> {
                    List<String> inPractice = new ArrayList<>(practice);
                    paper.stream().filter(d -> !inPractice.contains(d)).forEach(inPractice::add);
                    return service(key, score, paper, inPractice);
                });
        return entry.list().ofMaxSize(5).uniqueElements(ServiceEntry::key);
    }
}
