package com.continuity.resilience.model;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/** The random services the property tests draw from, by size: {@code @ForAll("small")}, "medium", "typical". */
abstract class ScenarioProperties {

    @Provide
    Arbitrary<Scenario> small() {
        return ServiceArbitraries.scenarios(ServiceArbitraries.SMALL);
    }

    @Provide
    Arbitrary<Scenario> medium() {
        return ServiceArbitraries.scenarios(ServiceArbitraries.MEDIUM);
    }

    @Provide
    Arbitrary<Scenario> typical() {
        return ServiceArbitraries.scenarios(ServiceArbitraries.TYPICAL);
    }
}
