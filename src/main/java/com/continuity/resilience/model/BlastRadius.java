package com.continuity.resilience.model;

import com.continuity.shared.Money;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What goes down when one failure domain or one provider (all its domains at once) fails alone: the services
 * on paper and in practice, with their tiers and the cost per hour at risk (one sum per currency).
 */
public record BlastRadius(Scope scope, String key, String name, List<Exposure> onPaper, List<Exposure> inPractice) {

    public enum Scope { DOMAIN, PROVIDER }

    public BlastRadius {
        onPaper = List.copyOf(onPaper);
        inPractice = List.copyOf(inPractice);
    }

    /** Services down in practice per tier, tiers 1 to 4. */
    public Map<Integer, Integer> tiersInPractice() {
        return tiers(inPractice);
    }

    public Map<Integer, Integer> tiersOnPaper() {
        return tiers(onPaper);
    }

    public List<Money> costPerHourInPractice() {
        return costPerHour(inPractice);
    }

    public List<Money> costPerHourOnPaper() {
        return costPerHour(onPaper);
    }

    private static Map<Integer, Integer> tiers(List<Exposure> services) {
        Map<Integer, Integer> byTier = new TreeMap<>();
        for (int tier = 1; tier <= 4; tier++) {
            byTier.put(tier, 0);
        }
        services.forEach(s -> byTier.merge(s.tier(), 1, Integer::sum));
        return byTier;
    }

    private static List<Money> costPerHour(List<Exposure> services) {
        return Money.sumByCurrency(services.stream().map(Exposure::costPerHour).toList());
    }
}
