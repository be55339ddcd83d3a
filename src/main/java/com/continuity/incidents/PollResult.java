package com.continuity.incidents;

import java.util.List;

/**
 * What one poll of a provider's status page changed: incidents opened, updated (a new update, impact or component
 * state) and resolved, by key; and the page's components no failure domain of the provider lists.
 */
public record PollResult(String provider, List<String> opened, List<String> updated, List<String> resolved,
                         List<String> unmapped) {

    public PollResult {
        opened = List.copyOf(opened);
        updated = List.copyOf(updated);
        resolved = List.copyOf(resolved);
        unmapped = List.copyOf(unmapped);
    }
}
