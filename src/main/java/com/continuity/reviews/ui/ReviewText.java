package com.continuity.reviews.ui;

import com.continuity.resilience.picture.RiskFormat;
import com.continuity.reviews.ActionStatus;
import com.continuity.reviews.Attestation;
import com.continuity.reviews.Review;
import com.continuity.reviews.ReviewStatus;
import com.continuity.reviews.SignOff;
import com.continuity.reviews.model.Snapshot.ServiceEntry;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How a review reads on its pages: formatting of what the snapshot and the service say, never a figure of its own. */
final class ReviewText {

    static final String NONE = RiskFormat.NONE;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ReviewText() {
    }

    static String time(Instant t) {
        return t == null ? NONE : MINUTE.format(t);
    }

    static String scope(Review r) {
        return r.team() == null ? "Whole organisation" : "Team " + r.team();
    }

    static String status(ReviewStatus s) {
        return s == ReviewStatus.SIGNED ? "Signed" : "Open";
    }

    static String status(ActionStatus s) {
        return switch (s) {
            case OPEN -> "Open";
            case IN_PROGRESS -> "In progress";
            case DONE -> "Done";
            case DROPPED -> "Dropped";
        };
    }

    /** "RTO 15 min · RPO 0 min · MTPD 240 min". */
    static String objectives(Integer rto, Integer rpo, Integer mtpd) {
        return "RTO " + RiskFormat.minutes(rto) + " · RPO " + RiskFormat.minutes(rpo) + " · MTPD "
                + RiskFormat.minutes(mtpd);
    }

    static String attestation(Optional<Attestation> attestation) {
        if (attestation.isEmpty()) {
            return "Not attested yet";
        }
        Attestation a = attestation.get();
        String by = " by " + a.attestedBy() + ", " + time(a.attestedAt());
        String note = a.note() == null ? "" : " (" + a.note() + ")";
        return a.confirmed() ? "Confirmed" + by + note
                : "Corrected" + by + " to " + objectives(a.rtoMinutes(), a.rpoMinutes(), a.mtpdMinutes()) + note;
    }

    /** "on paper: ai-gateway; in practice only: openai-api", or the em dash for none. */
    static String spofs(ServiceEntry e) {
        List<String> parts = new ArrayList<>();
        if (!e.spofsOnPaper().isEmpty()) {
            parts.add("on paper: " + String.join(", ", e.spofsOnPaper()));
        }
        List<String> practice = e.spofsInPractice().stream().filter(d -> !e.spofsOnPaper().contains(d)).toList();
        if (!practice.isEmpty()) {
            parts.add("in practice only: " + String.join(", ", practice));
        }
        return parts.isEmpty() ? NONE : String.join("; ", parts);
    }

    static String findingKind(String kind) {
        return switch (kind) {
            case "spof" -> "Single point of failure";
            case "spof-in-practice" -> "Single point of failure in practice";
            case "score-worse" -> "Risk score rose";
            case "drill-never" -> "Fallback never drilled";
            case "drill-failed" -> "Failed drill";
            case "drill-overdue" -> "Drill overdue";
            case "drill-missed" -> "Planned drill missed";
            case "sla-breach" -> "SLA breach";
            case "credit-owed" -> "Credit owed";
            case "credit-expired" -> "Credit lost";
            case "credit-denied" -> "Claim denied";
            case "incident" -> "Incident";
            default -> kind;
        };
    }

    /** "service help-chat", "contract bedrock-eu", or the em dash. */
    static String about(String service, String contract) {
        return service != null ? "service " + service : contract != null ? "contract " + contract : NONE;
    }

    /** "signed by dana on 2026-11-27 12:00 UTC", or "not signed yet". */
    static String signOff(SignOff s) {
        return s == null ? "not signed yet" : "signed by " + s.signedBy() + " on " + time(s.signedAt());
    }

    /** Text fit for an element id: "spof:help-chat:ai-gateway" gives "spof-help-chat-ai-gateway". */
    static String id(String text) {
        return text.replaceAll("[^A-Za-z0-9_-]+", "-");
    }
}
