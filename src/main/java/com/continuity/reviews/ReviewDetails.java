package com.continuity.reviews;

import java.util.List;
import java.util.Optional;

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

    /** The team's word on the service in this review, if it has given it. */
    public Optional<Attestation> attestation(String service) {
        return attestations.stream().filter(a -> a.service().equals(service)).findFirst();
    }

    /** True when the team has signed this review: its attestations are final. */
    public boolean signedBy(String team) {
        return signOffs.stream().anyMatch(s -> s.team().equals(team));
    }

    /** The manager's final sign-off, once given. */
    public Optional<SignOff> managerSignOff() {
        return signOffs.stream().filter(SignOff::manager).findFirst();
    }

    /** True for an item raised in an earlier review and carried into this one. */
    public boolean carried(ActionItem item) {
        return item.review() != review.id();
    }

    /** The items raised in this review from the finding with this id, oldest first. */
    public List<ActionItem> itemsFor(String finding) {
        return actionItems.stream().filter(i -> !carried(i) && finding.equals(i.finding())).toList();
    }
}
