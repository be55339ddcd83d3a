package com.continuity.reports;

import com.continuity.shared.Money;
import com.continuity.sla.Claim;
import com.continuity.sla.ClaimStatus;
import com.continuity.sla.SlaPeriod;
import com.continuity.sla.model.ContractTerms;
import com.continuity.sla.model.Evaluation;
import com.continuity.sla.picture.AttainmentChart;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A contract's SLA compliance over a range of months: attainment per month against the objectives, as a chart and
 * a table, the months in breach, and the credits owed, claimed, received, denied and lost.
 */
final class ComplianceWriter {

    private ComplianceWriter() {
    }

    static Document write(ContractTerms c, YearMonth from, YearMonth to, List<SlaPeriod> periods) {
        List<Block> b = new ArrayList<>();
        b.add(Block.field("Contract", c.name() + " (" + c.key() + ")"));
        b.add(Block.field("Service levels", SlaWords.slos(c)));
        b.add(Block.field("Credit", SlaWords.creditClause(c)));
        b.add(Block.heading("Monthly attainment"));
        b.add(Block.picture(AttainmentChart.forContract("Monthly uptime, " + from + " to " + to, periods, c),
                "Bars: measured uptime; red: an objective missed"));
        b.add(Block.tableHeader("Month", "Uptime", "Error rate", "Objectives", "Credit"));
        for (SlaPeriod p : periods) {
            Evaluation e = p.evaluation();
            b.add(Block.tableRow(e.period() + (p.inProgress() ? " (so far)" : ""), SlaWords.uptime(e),
                    SlaWords.measured(e.errorRatePercent()), SlaWords.met(e),
                    e.creditOwed() ? SlaWords.money(e.creditAmount(), e.currency()) : "—"));
        }
        b.add(Block.heading("Breaches"));
        List<SlaPeriod> breaches = periods.stream().filter(p -> !p.evaluation().slos().isEmpty() && !p.evaluation().sloMet()).toList();
        if (c.slos().isEmpty()) {
            b.add(Block.gap("Objectives", "the contract states no service level objective, so nothing can be breached"));
        } else if (breaches.isEmpty()) {
            b.add(Block.paragraph("Every objective was met in every month of the range."));
        }
        for (SlaPeriod p : breaches) {
            b.add(Block.bullet(SlaWords.month(p.evaluation().period()) + ": " + String.join("; ",
                    p.evaluation().slos().stream().filter(r -> !r.met()).map(r -> SlaWords.slo(r.slo())
                            + ", measured " + SlaWords.measured(r.measuredPercent())).toList())));
        }
        b.add(Block.heading("Credits"));
        List<Claim> claims = periods.stream().map(SlaPeriod::claim).filter(Objects::nonNull).toList();
        b.add(Block.tableHeader("Month", "Status", "Amount", "Deadline", "Received"));
        for (Claim claim : claims) {
            b.add(Block.tableRow(claim.period().toString(), SlaWords.status(claim), SlaWords.money(claim.amount()),
                    claim.deadline() == null ? "—" : claim.deadline().toString(), SlaWords.money(claim.received())));
        }
        if (claims.isEmpty()) {
            b.add(Block.paragraph("No credit was owed in this range."));
        }
        for (ClaimStatus status : ClaimStatus.values()) {
            // what was received is what the provider paid, which may differ from what was owed
            List<Money> sums = Money.sumByCurrency(claims.stream().filter(x -> x.status() == status)
                    .map(x -> status == ClaimStatus.RECEIVED && x.received() != null ? x.received() : x.amount()).toList());
            if (!sums.isEmpty()) {
                b.add(Block.field(SlaWords.total(status), SlaWords.sums(sums)));
            }
        }
        return new Document("SLA compliance: " + c.name(), from + " to " + to, "compliance-" + c.key() + "-" + from
                + "-" + to, "contract " + c.key() + ", months " + from + " to " + to, b);
    }
}
