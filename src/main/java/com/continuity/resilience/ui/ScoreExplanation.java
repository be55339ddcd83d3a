package com.continuity.resilience.ui;

import com.continuity.inventory.DrillSchedule;
import com.continuity.resilience.model.Finding;
import com.continuity.resilience.model.PracticeRule;
import com.continuity.resilience.model.RiskModel;
import com.continuity.resilience.model.RiskScore;
import com.continuity.resilience.picture.RiskFormat;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * "How the score is computed", written from the constants the model uses ({@link RiskScore}, {@link RiskModel},
 * {@link PracticeRule}), so that the page cannot drift from the formula. Closed until asked for.
 */
final class ScoreExplanation extends Details {

    ScoreExplanation() {
        super("How the score is computed");
        setId("score-explanation");
        List<List<String>> weights = new ArrayList<>();
        for (Finding.Kind kind : Finding.Kind.values()) {
            weights.add(List.of(RiskFormat.kind(kind), weight(kind), when(kind)));
        }
        String targets = String.join(", ", IntStream.rangeClosed(1, 4)
                .mapToObj(t -> RiskFormat.tier(t) + " " + RiskFormat.exactPercent(RiskScore.tierTarget(t))).toList());
        add(new Div(
                new Paragraph("The risk score is the sum of the weights of a service's findings, capped at 100. "
                        + "Each finding adds its weight once: two single points of failure add twice the weight of one."),
                RiskViews.table("score-weights", List.of("Finding", "Weight", "When"), weights),
                new Paragraph("Availability targets per tier (1 = mission critical): " + targets + "."),
                new Paragraph("A failure domain with no availability in the portfolio and no incident history is taken "
                        + "to be available " + RiskFormat.exactPercent(RiskModel.DEFAULT_AVAILABILITY)
                        + " of the time. Domains fail independently; unavailability is computed exactly from the "
                        + "fault tree, with no rare-event approximation."),
                new Paragraph("In practice counts the primaries and only the fallbacks whose most recent drill passed "
                        + "and is at most " + DrillSchedule.DRILL_MAX_AGE_DAYS + " days old, and whose declared "
                        + "switchover, and the one that drill measured, are within the service's RTO. Capacity below "
                        + "100% does not remove a fallback; it is a finding."),
                new Paragraph("Two laws hold: adding a single point of failure never lowers a score, and adding an "
                        + "independent fallback that counts in practice, at 100% capacity, never raises it.")));
    }

    private static String weight(Finding.Kind kind) {
        return switch (kind) {
            case SPOF -> Integer.toString(RiskScore.SPOF);
            case SPOF_IN_PRACTICE -> Integer.toString(RiskScore.SPOF_IN_PRACTICE);
            case COUPLING -> Integer.toString(RiskScore.COUPLING);
            case UNTESTED_FALLBACK -> Integer.toString(RiskScore.UNTESTED_FALLBACK);
            case FAILED_DRILL -> Integer.toString(RiskScore.FAILED_DRILL);
            case SLOW_SWITCHOVER -> Integer.toString(RiskScore.SLOW_SWITCHOVER);
            case PARTIAL_CAPACITY -> Integer.toString(RiskScore.PARTIAL_CAPACITY);
            case BELOW_TARGET -> RiskScore.BELOW_TARGET_BASE + " to " + RiskScore.BELOW_TARGET_MAX;
        };
    }

    private static String when(Finding.Kind kind) {
        return switch (kind) {
            case SPOF -> "for each failure domain whose failure alone stops the service, whatever fallbacks are "
                    + "declared (on paper)";
            case SPOF_IN_PRACTICE -> "for each failure domain that stops the service alone only in practice, because "
                    + "the fallbacks that avoid it do not count";
            case COUPLING -> "for each fallback that shares failure domains with its dependency's primary";
            case UNTESTED_FALLBACK -> "for each fallback never drilled, or not drilled in the last "
                    + DrillSchedule.DRILL_MAX_AGE_DAYS + " days";
            case FAILED_DRILL -> "for each fallback whose last drill failed or only partly passed";
            case SLOW_SWITCHOVER -> "for each fallback whose declared or drilled switchover is longer than the RTO";
            case PARTIAL_CAPACITY -> "for each fallback that carries less than 100% of the load";
            case BELOW_TARGET -> "once, when the availability in practice is below the tier's target: "
                    + RiskScore.BELOW_TARGET_BASE + " + ⌊10 × log10(unavailability in practice ÷ the target's "
                    + "unavailability)⌋, so about 10 more for each tenfold, at most " + RiskScore.BELOW_TARGET_MAX;
        };
    }
}
