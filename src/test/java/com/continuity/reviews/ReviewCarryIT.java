package com.continuity.reviews;

import com.continuity.reviews.model.Snapshot;
import com.continuity.security.Role;
import com.continuity.support.ActingUser;
import com.continuity.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Which action items the next review carries: those open now, whatever they were when the last review was signed. */
@AppTest
class ReviewCarryIT {

    @Autowired
    ReviewService reviews;

    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    void theNextReviewCarriesTheItemsOpenWhenItIsOpenedNotThoseOpenWhenTheLastWasSigned() {
        try (var manager = ActingUser.as(security, "carry-manager", Role.MANAGER)) {
            long q1 = reviews.open("2025-Q1", "marketing").review().id();
            reviews.addActionItem(q1, item("Still open"));
            ActionItem doneLater = reviews.addActionItem(q1, item("Done after the sign-off"));
            ActionItem reopened = reviews.addActionItem(q1, item("Reopened after the sign-off"));
            reopened = reviews.updateActionItem(reopened.id(), reopened.version(), item("Reopened after the sign-off",
                    ActionStatus.DONE));
            for (Snapshot.ServiceEntry s : reviews.review(q1).review().snapshot().services()) {
                reviews.attest(q1, s.key(), new AttestationInput(true, null, null, null, null));
            }
            reviews.signForTeam(q1, "marketing");
            reviews.signAsManager(q1);
            // items outlive their review: they change after it is signed
            reviews.updateActionItem(doneLater.id(), doneLater.version(), item("Done after the sign-off",
                    ActionStatus.DONE));
            reviews.updateActionItem(reopened.id(), reopened.version(), item("Reopened after the sign-off",
                    ActionStatus.IN_PROGRESS));

            ReviewDetails q2 = reviews.open("2025-Q2", "marketing");

            assertThat(q2.actionItems()).extracting(ActionItem::title)
                    .containsExactly("Still open", "Reopened after the sign-off");
            assertThat(q2.actionItems()).allMatch(q2::carried);
            // the signed review still shows its items as they were signed
            assertThat(reviews.review(q1).actionItems()).extracting(ActionItem::status)
                    .containsExactly(ActionStatus.OPEN, ActionStatus.OPEN, ActionStatus.DONE);
        }
    }

    private static ActionItemInput item(String title) {
        return item(title, null);
    }

    private static ActionItemInput item(String title, ActionStatus status) {
        return new ActionItemInput(title, null, null, null, "carry-manager", LocalDate.parse("2026-12-31"), status);
    }
}
