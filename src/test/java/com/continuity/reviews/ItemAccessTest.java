package com.continuity.reviews;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ItemAccessTest {

    private static final Map<String, String> TEAMS = Map.of("help-chat", "care", "campaign", "marketing");

    private static ActionItem item(String service, String createdBy) {
        return new ActionItem(1, 1, "T", service, null, null, "owner", LocalDate.parse("2026-12-31"),
                ActionStatus.OPEN, createdBy, Instant.EPOCH, 1);
    }

    @Test
    void anEditorRaisesAndChangesItemsAboutItsOwnTeamsServicesOnly() {
        ItemAccess care = new ItemAccess(TEAMS, Set.of("care"), false, "sam");
        assertThat(care.mayRaise("help-chat")).isTrue();
        assertThat(care.mayRaise("campaign")).isFalse();
        assertThat(care.mayRaise("not-in-review")).isFalse();
        assertThat(care.mayChange(item("help-chat", "someone-else"))).isTrue();
        assertThat(care.mayChange(item("campaign", "sam"))).isFalse();
    }

    @Test
    void anItemAboutNoServiceIsRaisedByAnyEditorInScopeButChangedOnlyByItsAuthor() {
        ItemAccess care = new ItemAccess(TEAMS, Set.of("care"), false, "sam");
        assertThat(care.mayRaise(null)).isTrue();
        assertThat(care.mayChange(item(null, "sam"))).isTrue();
        assertThat(care.mayChange(item(null, "kim"))).isFalse();
        ItemAccess viewer = new ItemAccess(TEAMS, Set.of(), false, "vic");
        assertThat(viewer.mayRaise(null)).isFalse();
    }

    @Test
    void aManagerMayDoEverything() {
        ItemAccess manager = new ItemAccess(TEAMS, Set.of(), true, "mia");
        assertThat(manager.mayRaise("campaign")).isTrue();
        assertThat(manager.mayChange(item(null, "kim"))).isTrue();
    }
}
