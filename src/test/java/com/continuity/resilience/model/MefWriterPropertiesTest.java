package com.continuity.resilience.model;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The MEF export means the same tree as the model, for random trees and random keys. */
class MefWriterPropertiesTest {

    private static final String KEY_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-";

    /** Keys as the inventory allows them: [a-z0-9][a-z0-9-]*, so with leading digits, '--' and trailing '-'. */
    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.strings().withChars(KEY_CHARS).ofMinLength(1).ofMaxLength(10)
                .filter(k -> k.charAt(0) != '-');
    }

    @Provide
    Arbitrary<Scenario> smallWithAwkwardKeys() {
        return Combinators.combine(ServiceArbitraries.scenarios(ServiceArbitraries.SMALL),
                keys().list().uniqueElements().ofSize(40)).as(MefWriterPropertiesTest::rename);
    }

    @Property(tries = 500)
    void anIdIsAValidMefNameFromWhichTheKeyCanBeRecovered(@ForAll("keys") String key) {
        String id = MefWriter.id(key);
        assertThat(id).matches(Mef.IDENTIFIER);
        String back = id.startsWith("k_") ? id.substring(2).replace('_', '-') : id;
        assertThat(back).isEqualTo(key);
    }

    @Property(tries = 300)
    void theTopGateOfTheMefExportFailsForExactlyTheSetsOfDomainsThatFailTheService(
            @ForAll("smallWithAwkwardKeys") Scenario s) {
        for (FaultTree tree : List.of(s.onPaper(), s.inPractice())) {
            Mef mef = new Mef(MefWriter.write(tree, s.q()));
            BruteForce oracle = new BruteForce(tree);
            for (int state = 0; state < oracle.states(); state++) {
                Set<String> failed = oracle.setOf(state);
                Set<String> failedIds = new HashSet<>();
                failed.forEach(d -> failedIds.add(MefWriter.id(d)));
                assertThat(mef.evaluate(MefWriter.topGate(tree.service()), failedIds)).as("fails with %s", failed)
                        .isEqualTo(tree.failsWith(failed));
            }
        }
    }

    @Property(tries = 300)
    void everyGateAndBasicEventIsDefinedOnceUnderAValidNameWithItsUnavailability(
            @ForAll("smallWithAwkwardKeys") Scenario s) {
        FaultTree tree = s.onPaper();
        Mef mef = new Mef(MefWriter.write(tree, s.q()));
        assertThat(mef.gateOrder).doesNotHaveDuplicates().allSatisfy(g -> assertThat(g).matches(Mef.IDENTIFIER));
        assertThat(mef.basicEventOrder).doesNotHaveDuplicates()
                .allSatisfy(e -> assertThat(e).matches(Mef.IDENTIFIER));
        Map<String, Double> expected = new HashMap<>();
        tree.domains().forEach(d -> expected.put(MefWriter.id(d), s.q().applyAsDouble(d)));
        assertThat(mef.basicEvents).isEqualTo(expected);
        for (Element ref : mef.elements("gate")) {
            assertThat(mef.gates).containsKey(ref.getAttribute("name"));
        }
        for (String op : List.of("and", "or")) {
            assertThat(mef.elements(op)).allSatisfy(e -> assertThat(Mef.children(e)).hasSizeGreaterThan(1));
        }
    }

    /** The scenario with its service, dependencies, paths and domains renamed to distinct random keys. */
    private static Scenario rename(Scenario s, List<String> names) {
        Map<String, String> to = new HashMap<>();
        int next = 1;
        for (String d : s.unavailability().keySet().stream().sorted().toList()) {
            to.put(d, names.get(next++));
        }
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.service().dependencies()) {
            List<Path> paths = new ArrayList<>();
            for (Path p : d.paths()) {
                paths.add(new Path(names.get(next++ % names.size()) + "-" + p.key(), p.role(), p.activation(),
                        p.switchoverMinutes(), p.capacityPercent(), p.requires().stream().map(to::get).toList(),
                        p.drills()));
            }
            deps.add(new Dependency(names.get(next++ % names.size()), d.name(), paths));
        }
        BusinessService o = s.service();
        BusinessService renamed = new BusinessService(names.getFirst(), o.name(), o.team(), o.tier(),
                o.rtoMinutes(), o.rpoMinutes(), o.mtpdMinutes(), o.downtimeCostPerHour(), o.currency(), o.owner(),
                deps, o.version());
        Map<String, Double> q = new HashMap<>();
        s.unavailability().forEach((d, v) -> q.put(to.get(d), v));
        return new Scenario(renamed, q, s.today());
    }
}
