package com.continuity.reviews.model;

import com.continuity.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What a review saw when it was opened, stored as data and never recomputed: later edits to the inventory,
 * incidents or contracts do not change it. Lists are in the order a reader wants them (riskiest first, and so on).
 *
 * @param team      the team in scope, or null for the whole organisation
 * @param previous  the review this one is compared with (the latest earlier one of the same scope), or null
 * @param findings  everything worth an action item, each with a stable id the UI offers a button for
 */
public record Snapshot(Quarter quarter, Instant takenAt, String team, String teamName, Previous previous,
                       List<ServiceEntry> services, List<RadiusEntry> blastRadius,
                       List<ConcentrationEntry> concentration, Changes changes, List<IncidentEntry> incidents,
                       List<ContractEntry> contracts, Credits credits, List<DrillEntry> drillsDone,
                       List<DrillGap> drillGaps, List<PlannedDrillEntry> plannedDrills, List<TrendPoint> trend,
                       List<ReviewFinding> findings) {

    public Snapshot {
        services = list(services);
        blastRadius = list(blastRadius);
        concentration = list(concentration);
        incidents = list(incidents);
        contracts = list(contracts);
        drillsDone = list(drillsDone);
        drillGaps = list(drillGaps);
        plannedDrills = list(plannedDrills);
        trend = list(trend);
        findings = list(findings);
    }

    /** A list missing from a snapshot stored before it existed reads as empty. */
    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    public record Previous(long id, Quarter quarter) {
    }

    /** One business service as the resilience model saw it, with its recovery objectives to attest. */
    public record ServiceEntry(String key, String name, String team, int tier, String owner, int score,
                               List<String> spofsOnPaper, List<String> spofsInPractice,
                               double availabilityInPractice, double expectedDowntimeMinutesPerYear,
                               Money expectedAnnualLoss, Integer rtoMinutes, Integer rpoMinutes,
                               Integer mtpdMinutes, List<String> reasons) {
        public ServiceEntry {
            spofsOnPaper = list(spofsOnPaper);
            spofsInPractice = list(spofsInPractice);
            reasons = list(reasons);
        }

        public ServiceEntry withName(String newName) {
            return new ServiceEntry(key, newName, team, tier, owner, score, spofsOnPaper, spofsInPractice,
                    availabilityInPractice, expectedDowntimeMinutesPerYear, expectedAnnualLoss, rtoMinutes,
                    rpoMinutes, mtpdMinutes, reasons);
        }
    }

    /** What one failure domain or provider takes down (services counted in practice and on paper). */
    public record RadiusEntry(String scope, String key, String name, int servicesOnPaper, int servicesInPractice,
                              List<String> servicesDownInPractice, List<Money> costPerHourInPractice) {
        public RadiusEntry {
            servicesDownInPractice = list(servicesDownInPractice);
            costPerHourInPractice = list(costPerHourInPractice);
        }
    }

    public record ConcentrationEntry(String provider, String name, int criticalServices, int downOnPaper,
                                     int downInPractice) {
    }

    /** The change since the previous review; {@code first} when there is none to compare with. */
    public record Changes(boolean first, List<ScoreChange> scores, List<SpofChange> spofsAdded,
                          List<SpofChange> spofsRemoved, List<String> servicesAdded, List<String> servicesRemoved) {
        public Changes {
            scores = list(scores);
            spofsAdded = list(spofsAdded);
            spofsRemoved = list(spofsRemoved);
            servicesAdded = list(servicesAdded);
            servicesRemoved = list(servicesRemoved);
        }

        public boolean none() {
            return scores.isEmpty() && spofsAdded.isEmpty() && spofsRemoved.isEmpty() && servicesAdded.isEmpty()
                    && servicesRemoved.isEmpty();
        }
    }

    public record ScoreChange(String service, String name, int before, int after) {
        public int delta() {
            return after - before;
        }
    }

    /** A single point of failure of a service, on paper or only in practice. */
    public record SpofChange(String service, String name, String domain, boolean inPractice) {
    }

    /** An incident of the quarter and what it did to our services (in practice). */
    public record IncidentEntry(String key, String provider, String title, String impact, Instant start,
                                Instant end, List<String> domains, List<ServiceHit> services) {
        public IncidentEntry {
            domains = list(domains);
            services = list(services);
        }
    }

    public record ServiceHit(String service, String name, String state, int stoppedMinutes, Money loss) {
    }

    /** A contract's months of the quarter against its monthly-uptime objective (null when it has none). */
    public record ContractEntry(String key, String name, String provider, BigDecimal objectivePercent,
                                List<MonthEntry> months) {
        public ContractEntry {
            months = list(months);
        }
    }

    public record MonthEntry(YearMonth month, BigDecimal uptimePercent, boolean met, boolean inProgress,
                             Money credit, String claimStatus) {
    }

    /** The claims that concern the quarter, and their totals per status, each per currency. */
    public record Credits(List<Money> owed, List<Money> claimed, List<Money> received, List<Money> denied,
                          List<Money> expired, List<ClaimEntry> claims) {
        public Credits {
            owed = list(owed);
            claimed = list(claimed);
            received = list(received);
            denied = list(denied);
            expired = list(expired);
            claims = list(claims);
        }
    }

    public record ClaimEntry(long id, String contract, String contractName, YearMonth period, String status,
                             Money amount, LocalDate deadline, Money received) {
    }

    public record DrillEntry(String service, String serviceName, String dependency, String path, LocalDate date,
                             String result, Integer switchoverMinutes) {
    }

    /**
     * A fallback whose drill is overdue (none within 90 days), never done, or whose last drill failed ({@code FAILED}
     * also when it only partly passed: either way it does not count in practice).
     */
    public record DrillGap(String service, String serviceName, String team, String dependency, String path,
                           Kind kind, LocalDate lastDrill) {
        public enum Kind { OVERDUE, NEVER, FAILED }
    }

    /** A chaos exercise planned for a fallback. */
    public record PlannedDrillEntry(String service, String serviceName, String dependency, String path,
                                    LocalDate date, String owner, String scenario, boolean missed) {
    }

    /** One review's headline figures, for the score-trend chart. */
    public record TrendPoint(Quarter quarter, int services, double averageScore, int highestScore,
                             int servicesWithSpofInPractice) {
    }

    /** Something worth an action item: the UI offers one click to raise it. */
    public record ReviewFinding(String id, String kind, String text, String service, String contract) {
    }
}
