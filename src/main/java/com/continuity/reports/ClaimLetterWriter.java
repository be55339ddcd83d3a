package com.continuity.reports;

import com.continuity.inventory.Provider;
import com.continuity.sla.Claim;
import com.continuity.sla.SlaPeriod;
import com.continuity.sla.model.ContractTerms;
import com.continuity.sla.model.CountedWindow;
import com.continuity.sla.model.Evaluation;
import com.continuity.sla.model.SloResult;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A letter claiming the credit owed for one SLA period: the contract and its clause, the windows counted, the
 * measured uptime, the band or multiplier, the amount and the deadline. The figures are the engine's, with its
 * explanation, so the provider can check every step.
 */
final class ClaimLetterWriter {

    private static final DateTimeFormatter WINDOW = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private ClaimLetterWriter() {
    }

    static Document write(ContractTerms c, Provider provider, SlaPeriod period, LocalDate today) {
        Evaluation e = period.evaluation();
        String month = SlaWords.month(e.period());
        String amount = SlaWords.money(e.creditAmount(), e.currency());
        List<Block> b = new ArrayList<>();
        b.add(Block.field("To", (provider == null ? c.provider() : provider.name()) + ", service credits"));
        b.add(Block.field("Date", today.toString()));
        b.add(Block.field("Subject", "Service credit for " + month + " under " + c.name()));
        b.add(Block.space());
        b.add(Block.paragraph("Under " + c.name() + " (reference " + c.key() + "), we claim a service credit of "
                + amount + " for " + month + ". The service levels of the agreement were not met in that month; "
                + "the measurement and the calculation follow, window by window."));
        b.add(Block.heading("The clause"));
        b.add(Block.field("Service levels", SlaWords.slos(c)));
        b.add(Block.field("Credit", SlaWords.creditClause(c)));
        b.add(Block.field("Monthly fee", SlaWords.money(c.monthlyFee(), c.currency())));
        b.add(Block.field("Time zone", c.timeZone().getId()));
        b.add(Block.heading("Incidents and windows counted"));
        b.add(Block.tableHeader("From (UTC)", "To (UTC)", "Minutes", "Incident"));
        for (CountedWindow w : e.counted()) {
            b.add(Block.tableRow(WINDOW.format(w.start()), WINDOW.format(w.end()),
                    w.minutes().stripTrailingZeros().toPlainString(), w.label()));
        }
        if (e.counted().isEmpty()) {
            b.add(Block.paragraph("No outage window counted; the credit follows from the error rate measured."));
        }
        b.add(Block.heading("Measured"));
        b.add(Block.field("Minutes in the month", Long.toString(e.minutesInPeriod())));
        b.add(Block.field("Downtime", e.downtimeMinutes().stripTrailingZeros().toPlainString() + " min"));
        b.add(Block.field("Uptime", SlaWords.uptime(e)));
        for (SloResult r : e.slos()) {
            b.add(Block.field("Objective", SlaWords.slo(r.slo()) + ": measured "
                    + SlaWords.measured(r.measuredPercent()) + ", " + (r.met() ? "met" : "missed")));
        }
        b.add(Block.heading("Credit"));
        b.add(Block.field("Credit", SlaWords.measured(e.creditPercent()) + " of the fee"));
        b.add(Block.field("Amount claimed", amount));
        b.add(Block.field("Claim deadline", e.claimDeadline() == null ? "none stated"
                : e.claimDeadline() + deadline(e.claimDeadline(), today)));
        if (period.claim() != null) {
            b.add(Block.field("Status in our records", status(period.claim())));
        }
        b.add(Block.subheading("How the amount was computed"));
        e.explanation().forEach(line -> b.add(Block.bullet(line)));
        b.add(Block.space());
        b.add(Block.paragraph("Please apply the credit of " + amount + " to our next invoice and confirm it in writing."));
        b.add(Block.paragraph("Signed ______________________________    Name ______________________________"));
        return new Document("Credit claim: " + c.name() + ", " + month, "Claim for " + amount,
                "claim-letter-" + c.key() + "-" + e.period(), "contract " + c.key() + ", period " + e.period(), b);
    }

    /** Where the claim stands, so that a letter printed for a settled or lost claim says so. */
    private static String status(Claim c) {
        return switch (c.status()) {
            case OWED -> "owed, not yet claimed";
            case CLAIMED -> "claimed on " + c.claimedOn() + (c.reference() == null ? "" : ", reference " + c.reference());
            case RECEIVED -> "received: " + SlaWords.money(c.received().amount(), c.received().currency());
            case DENIED -> "denied: " + c.deniedReason();
            case EXPIRED -> "expired: not claimed before the deadline";
        };
    }

    private static String deadline(LocalDate deadline, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, deadline);
        return days >= 0 ? " (" + days + " days left)" : " (passed " + -days + " days ago)";
    }
}
