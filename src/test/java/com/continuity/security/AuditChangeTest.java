package com.continuity.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChangeTest {

    @Test
    void changesBetweenTwoListsAreMatchedByKeyAndIgnoreWhatIsNotContent() {
        List<Team> before = List.of(new Team("a", "Alpha", 3), new Team("b", "Beta", 1), new Team("c", "Gamma", 2));
        List<Team> after = List.of(new Team("a", "Alpha", 0), new Team("b", "Beta renamed", 0), new Team("d", "Delta", 0));

        List<AuditChange> changes = AuditChange.between("team", before, after, Team::key, t -> new Team(t.key(), t.name(), 0));

        assertThat(changes).extracting(AuditChange::action, AuditChange::entityKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("update", "b"),
                        org.assertj.core.groups.Tuple.tuple("create", "d"),
                        org.assertj.core.groups.Tuple.tuple("delete", "c"));
        assertThat(changes.getFirst().before()).isEqualTo(new Team("b", "Beta", 1));
        assertThat(changes.getFirst().after()).isEqualTo(new Team("b", "Beta renamed", 0));
    }

    @Test
    void identicalListsGiveNoChanges() {
        List<Team> teams = List.of(new Team("a", "Alpha", 1));
        assertThat(AuditChange.between("team", teams, teams, Team::key, t -> t)).isEmpty();
    }
}
