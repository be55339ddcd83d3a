package com.continuity.reviews;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something to do about a finding: a title, the service or contract it is about (either may be null), who owns
 * it and by when, and its status. {@code review} is the review it was raised in; {@code finding} the id of the
 * snapshot finding it came from, if any. {@code version} guards concurrent edits.
 */
public record ActionItem(long id, long review, String title, String service, String contract, String finding,
                         String owner, LocalDate due, ActionStatus status, String createdBy, Instant createdAt,
                         long version) {
}
