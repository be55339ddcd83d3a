package com.continuity.reviews.model;

import com.continuity.reviews.model.Snapshot.ReviewFinding;
import com.continuity.shared.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The snapshot's findings, each one click away from an action item: single points of failure, worsened scores,
 * drill gaps, missed planned drills, SLA breaches, credits owed or lost, and incidents that stopped a service.
 * Ids are stable for the same finding, so the UI can tell which already has an item.
 */
public final class ReviewFindings {

    private ReviewFindings() {
    }

    public static List<ReviewFinding> of(Snapshot s) {
        Map<String, String> names = s.services().stream()
                .collect(Collectors.toMap(Snapshot.ServiceEntry::key, Snapshot.ServiceEntry::name));
        Function<String, String> name = k -> names.getOrDefault(k, k);
        List<ReviewFinding> out = new ArrayList<>();
        for (Snapshot.ServiceEntry e : s.services()) {
            for (String d : e.spofsOnPaper()) {
                out.add(new ReviewFinding("spof:" + e.key() + ":" + d, "spof", d + " is a single point of failure of "
                        + e.name() + ".", e.key(), null));
            }
            e.spofsInPractice().stream().filter(d -> !e.spofsOnPaper().contains(d)).forEach(d -> out.add(
                    new ReviewFinding("spof-in-practice:" + e.key() + ":" + d, "spof-in-practice", d
                            + " is a single point of failure of " + e.name()
                            + " in practice: its fallbacks do not count.", e.key(), null)));
        }
        for (Snapshot.ScoreChange c : s.changes().scores()) {
            if (c.delta() > 0) {
                out.add(new ReviewFinding("score:" + c.service(), "score-worse", "The risk score of " + c.name()
                        + " rose from " + c.before() + " to " + c.after() + ".", c.service(), null));
            }
        }
        for (Snapshot.DrillGap g : s.drillGaps()) {
            String what = switch (g.kind()) {
                case NEVER -> "has never been drilled";
                case FAILED -> "failed its last drill on " + g.lastDrill();
                case OVERDUE -> "was last drilled on " + g.lastDrill() + ", more than 90 days ago";
            };
            out.add(new ReviewFinding("drill:" + g.service() + ":" + g.dependency() + ":" + g.path(),
                    "drill-" + g.kind().name().toLowerCase(), "Fallback " + g.path() + " of " + g.serviceName()
                    + " " + what + ".", g.service(), null));
        }
        for (Snapshot.PlannedDrillEntry p : s.plannedDrills()) {
            if (p.missed()) {
                out.add(new ReviewFinding("planned:" + p.service() + ":" + p.path() + ":" + p.date(), "drill-missed",
                        "The drill of " + p.path() + " of " + p.serviceName() + " planned for " + p.date() + " by "
                                + p.owner() + " was not done.", p.service(), null));
            }
        }
        for (Snapshot.ContractEntry c : s.contracts()) {
            c.months().stream().filter(m -> !m.met() && !m.inProgress()).forEach(m -> out.add(new ReviewFinding(
                    "breach:" + c.key() + ":" + m.month(), "sla-breach", c.name() + " missed its objective in "
                    + m.month() + ": " + m.uptimePercent().toPlainString() + " % uptime.", null, c.key())));
        }
        for (Snapshot.ClaimEntry c : s.credits().claims()) {
            String text = switch (c.status()) {
                case "owed" -> "A credit of " + money(c.amount()) + " from " + c.contractName() + " for " + c.period()
                        + " is owed and not yet claimed" + (c.deadline() == null ? "." : "; claim by " + c.deadline() + ".");
                case "expired" -> "A credit of " + money(c.amount()) + " from " + c.contractName() + " for "
                        + c.period() + " expired unclaimed: money left on the table.";
                case "denied" -> "The claim of " + money(c.amount()) + " from " + c.contractName() + " for "
                        + c.period() + " was denied.";
                default -> null;
            };
            if (text != null) {
                out.add(new ReviewFinding("claim:" + c.contract() + ":" + c.period(), "credit-" + c.status(), text,
                        null, c.contract()));
            }
        }
        for (Snapshot.IncidentEntry i : s.incidents()) {
            // one per service stopped, so each team can raise its own item
            i.services().stream().filter(h -> "down".equals(h.state())).forEach(h -> out.add(new ReviewFinding(
                    "incident:" + i.key() + ":" + h.service(), "incident", i.title() + " (" + i.provider()
                    + ") stopped " + name.apply(h.service()) + " for " + h.stoppedMinutes() + " min.", h.service(),
                    null)));
        }
        return out;
    }

    public static String money(Money m) {
        return m == null ? "" : m.amount().toPlainString() + " " + m.currency();
    }
}
