package com.continuity.resilience.model;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;
import com.continuity.shared.FileNames;
import com.continuity.shared.Money;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A simulated outage: these failure domains are down for this many minutes. Each service either keeps its
 * primaries, runs degraded on fallbacks, or goes down. On the {@code IN_PRACTICE} basis only the fallbacks that
 * count in practice take over; {@code ON_PAPER} trusts every declared one.
 * <p>
 * Loss: a service that goes down loses its full cost per hour for the whole outage. A degraded one loses the
 * full cost during the slowest switchover it needs, then the share of load its fallbacks cannot carry (100% minus
 * the lowest capacity) for the rest of the outage. The RTO is breached when the service stops for longer than
 * its RTO; the MTPD likewise.
 */
public final class WhatIf {

    public enum Basis {
        ON_PAPER, IN_PRACTICE;

        @JsonValue
        public String fileName() {
            return FileNames.of(this);
        }
    }

    public enum State {
        DOWN, DEGRADED;

        @JsonValue
        public String fileName() {
            return FileNames.of(this);
        }
    }

    /** A fallback that takes over one dependency. */
    public record Takeover(String dependency, String path, int switchoverMinutes, int capacityPercent) {
    }

    public record Outcome(Exposure service, State state, int stoppedMinutes, List<Takeover> takeovers,
                          Integer rtoMinutes, Integer mtpdMinutes, boolean rtoBreached, boolean mtpdBreached,
                          Money loss) {
        public Outcome {
            takeovers = List.copyOf(takeovers);
        }
    }

    public record Result(List<String> failedDomains, int durationMinutes, Basis basis, List<Outcome> down,
                         List<Outcome> degraded, List<Money> totalLoss) {
        public Result {
            failedDomains = List.copyOf(failedDomains);
            down = List.copyOf(down);
            degraded = List.copyOf(degraded);
            totalLoss = List.copyOf(totalLoss);
        }
    }

    private WhatIf() {
    }

    public static Result run(List<BusinessService> services, Set<String> failed, int durationMinutes, Basis basis,
                             LocalDate today) {
        List<Outcome> down = new ArrayList<>();
        List<Outcome> degraded = new ArrayList<>();
        for (BusinessService service : services) {
            outcome(service, failed, durationMinutes, basis, today).ifPresent(o ->
                    (o.state() == State.DOWN ? down : degraded).add(o));
        }
        Comparator<Outcome> worst = Comparator.comparingInt((Outcome o) -> o.service().tier())
                .thenComparing(o -> o.service().service());
        down.sort(worst);
        degraded.sort(worst);
        List<Money> losses = new ArrayList<>();
        down.forEach(o -> losses.add(o.loss()));
        degraded.forEach(o -> losses.add(o.loss()));
        return new Result(failed.stream().sorted().toList(), durationMinutes, basis, down, degraded,
                Money.sumByCurrency(losses));
    }

    static Optional<Outcome> outcome(BusinessService service, Set<String> failed, int duration, Basis basis,
                                     LocalDate today) {
        boolean stopped = false;
        List<Takeover> takeovers = new ArrayList<>();
        for (Dependency dependency : service.dependencies()) {
            if (dependency.paths().stream().anyMatch(p -> p.role() == PathRole.PRIMARY && isUp(p, failed))) {
                continue;
            }
            Optional<Path> best = dependency.paths().stream()
                    .filter(p -> p.role() == PathRole.FALLBACK && isUp(p, failed))
                    .filter(p -> basis == Basis.ON_PAPER || PracticeRule.counts(p, service.rtoMinutes(), today))
                    .min(Comparator.comparingInt(WhatIf::switchover).thenComparingInt(p -> -capacity(p)));
            if (best.isEmpty()) {
                stopped = true;
            } else {
                takeovers.add(new Takeover(dependency.key(), best.get().key(), switchover(best.get()),
                        capacity(best.get())));
            }
        }
        if (!stopped && takeovers.isEmpty()) {
            return Optional.empty();
        }
        int switchover = takeovers.stream().mapToInt(Takeover::switchoverMinutes).max().orElse(0);
        int capacity = takeovers.stream().mapToInt(Takeover::capacityPercent).min().orElse(100);
        int stoppedMinutes = stopped ? duration : Math.min(duration, switchover);
        Money loss = null;
        if (service.downtimeCostPerHour() != null) {
            // percent-minutes of lost service: full during the stop, the missing capacity after it
            long lostPercentMinutes = 100L * stoppedMinutes + (stopped ? 0 : (long) (duration - stoppedMinutes) * (100 - capacity));
            // one division, one rounding, at the end
            BigDecimal amount = service.downtimeCostPerHour().multiply(BigDecimal.valueOf(lostPercentMinutes))
                    .divide(BigDecimal.valueOf(6000), RiskModel.minorUnits(service.currency()), RoundingMode.HALF_UP);
            loss = new Money(amount, service.currency());
        }
        boolean rtoBreached = service.rtoMinutes() != null && stoppedMinutes > service.rtoMinutes();
        boolean mtpdBreached = service.mtpdMinutes() != null && stoppedMinutes > service.mtpdMinutes();
        return Optional.of(new Outcome(Exposure.of(service), stopped ? State.DOWN : State.DEGRADED, stoppedMinutes,
                takeovers, service.rtoMinutes(), service.mtpdMinutes(), rtoBreached, mtpdBreached, loss));
    }

    private static boolean isUp(Path path, Set<String> failed) {
        return path.requires().stream().noneMatch(failed::contains);
    }

    private static int switchover(Path p) {
        return p.switchoverMinutes() == null ? 0 : p.switchoverMinutes();
    }

    private static int capacity(Path p) {
        return p.capacityPercent() == null ? 100 : p.capacityPercent();
    }
}
