package com.continuity.reviews;

import java.time.LocalDate;

/**
 * What a user writes for an action item. {@code service}, {@code contract} and {@code finding} are read when the
 * item is raised and then kept; {@code status} is null for a new item (open).
 */
public record ActionItemInput(String title, String service, String contract, String finding, String owner,
                              LocalDate due, ActionStatus status) {
}
