package com.continuity.reviews;

import java.util.List;

/**
 * A review with what has been done in it: the action items (raised in it or carried into it; as signed once the
 * review is signed), the attestations, the sign-offs, and each team's progress towards signing.
 */
public record ReviewDetails(Review review, List<ActionItem> actionItems, List<Attestation> attestations,
                            List<SignOff> signOffs, List<TeamProgress> teams) {

    /** One team in scope: how many of its services it has attested, and its sign-off once given. */
    public record TeamProgress(String team, int services, int attested, SignOff signOff) {
        public boolean readyToSign() {
            return signOff == null && attested == services;
        }
    }

    /** True once every team in scope has signed: the manager may sign last. */
    public boolean teamsSigned() {
        return teams.stream().allMatch(t -> t.signOff() != null);
    }
}
