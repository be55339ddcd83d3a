package com.continuity.reports;

import com.continuity.inventory.Contact;
import com.continuity.inventory.ContactRole;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.Detection;
import com.continuity.inventory.Jitter;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;
import com.continuity.inventory.Protection;
import com.continuity.shared.FileNames;
import com.continuity.sla.model.ClaimRule;
import com.continuity.sla.model.ContractTerms;
import com.continuity.sla.model.Slo;
import com.continuity.sla.model.SloKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sentences that runbooks and checklists share, so that both say the same thing the same way. A setting that
 * is missing reads as what is missing, never as nothing.
 */
final class Words {

    private Words() {
    }

    static String percent(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString() + " %";
    }

    static String ms(Integer value) {
        return String.format(Locale.ROOT, "%,d ms", value);
    }

    static Optional<Path> primary(Dependency dependency) {
        return dependency.paths().stream().filter(p -> p.role() == PathRole.PRIMARY).findFirst();
    }

    static List<Path> fallbacks(Dependency dependency) {
        return dependency.paths().stream().filter(p -> p.role() == PathRole.FALLBACK).toList();
    }

    static List<Contact> contacts(List<Contact> contacts, ContactRole role) {
        return contacts.stream().filter(c -> c.role() == role).toList();
    }

    static String contact(Contact c) {
        return c.name() + " (" + c.reach() + ")";
    }

    static String role(ContactRole role) {
        return switch (role) {
            case OWNER -> "Service owner";
            case ON_CALL -> "On-call";
            case VENDOR_SUPPORT -> "Vendor support";
            case ESCALATION -> "Escalation";
            case OTHER -> "Other";
        };
    }

    /** The strictest error-rate objective among {@code contracts}, with the contract that sets it. */
    static Optional<ContractSlo> errorRateSlo(List<ContractTerms> contracts) {
        ContractSlo best = null;
        for (ContractTerms c : contracts) {
            for (Slo slo : c.slos()) {
                if (slo.kind() == SloKind.ERROR_RATE
                        && (best == null || slo.objectivePercent().compareTo(best.slo().objectivePercent()) < 0)) {
                    best = new ContractSlo(c, slo);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    record ContractSlo(ContractTerms contract, Slo slo) {
    }

    /**
     * The error-rate threshold that declares the dependency impaired: its own, else the contract's objective, so
     * that the team notices before the provider's SLA is breached.
     */
    static Optional<String> errorRateSignal(Detection detection, List<ContractTerms> contracts) {
        if (detection.errorRatePercent() != null) {
            return Optional.of("error rate above " + percent(detection.errorRatePercent()) + window(detection));
        }
        return errorRateSlo(contracts).map(s -> "error rate above " + percent(s.slo().objectivePercent())
                + window(detection) + " (the objective of " + s.contract().name() + ")");
    }

    static Optional<String> latencySignal(Detection detection) {
        return Optional.ofNullable(detection.latencyMs())
                .map(ms -> "p95 latency above " + ms(ms) + window(detection));
    }

    private static String window(Detection detection) {
        return detection.windowMinutes() == null ? "" : " for " + detection.windowMinutes() + " min";
    }

    /** One line per protection setting, recorded or not: a missing or unsafe one reads as a gap. */
    static List<Setting> protection(Protection p) {
        List<Setting> out = new ArrayList<>();
        out.add(p.timeoutMs() == null ? Setting.gap("Timeout", "no timeout per call: a hung provider holds every thread")
                : Setting.ok("Timeout", ms(p.timeoutMs()) + " per call"));
        out.add(p.maxRetries() == null ? Setting.gap("Retries", "no retry limit recorded")
                : Setting.ok("Retries", p.maxRetries() == 0 ? "none" : p.maxRetries() + " at most"));
        if (p.maxRetries() == null || p.maxRetries() > 0) {
            out.add(p.backoffBaseMs() == null || p.backoffCapMs() == null
                    ? Setting.gap("Backoff", "no exponential backoff recorded (base and cap)")
                    : Setting.ok("Backoff", "exponential from " + ms(p.backoffBaseMs()) + ", capped at "
                    + ms(p.backoffCapMs())));
            out.add(p.jitter() == Jitter.FULL ? Setting.ok("Jitter", "full")
                    : Setting.gap("Jitter", (p.jitter() == null ? "none recorded" : FileNames.of(p.jitter()))
                    + ": clients retry in step and become a retry storm; use full jitter"));
            out.add(p.retryBudgetPercent() == null
                    ? Setting.gap("Retry budget", "no retry budget: retries can multiply the load on a failing provider")
                    : Setting.ok("Retry budget", "retries at most " + p.retryBudgetPercent() + " % of calls"));
        }
        out.add(p.breakerFailureRatePercent() == null
                ? Setting.gap("Circuit breaker", p.breakerMinimumCalls() == null && p.breakerOpenSeconds() == null
                ? "no circuit breaker recorded" : "no failure rate at which the breaker opens")
                : Setting.ok("Circuit breaker", breaker(p)));
        return out;
    }

    static String breaker(Protection p) {
        return "opens at " + p.breakerFailureRatePercent() + " % failures"
                + (p.breakerMinimumCalls() == null ? "" : " over at least " + p.breakerMinimumCalls() + " calls")
                + (p.breakerOpenSeconds() == null ? "" : ", stays open " + p.breakerOpenSeconds() + " s");
    }

    /** "30 days after the month ends" or "by the end of the second billing cycle after the incident". */
    static String deadlineRule(ClaimRule rule) {
        if (rule == null) {
            return "no claim deadline in the contract";
        }
        if (rule.endOfSecondBillingCycle()) {
            return "by the end of the second billing cycle after the month of the outage";
        }
        return rule.deadlineDaysAfterPeriod() == null ? "no claim deadline in the contract"
                : "within " + rule.deadlineDaysAfterPeriod() + " days after the month ends";
    }

    /** A setting as printed: a value, or a gap saying what is missing. */
    record Setting(String label, String text, boolean gap) {
        static Setting ok(String label, String text) {
            return new Setting(label, text, false);
        }

        static Setting gap(String label, String text) {
            return new Setting(label, text, true);
        }

        Block block() {
            return gap ? Block.gap(label, text) : Block.field(label, text);
        }
    }
}
