package com.continuity.incidents.statuspage;

import java.util.List;

/**
 * What a Statuspage v2 payload says: its incidents (incidents.json, summary.json) and the page's current component
 * states (summary.json, components.json; empty for incidents.json).
 *
 * @param pageId the page's id, null when the payload has no {@code page}
 */
public record StatuspagePayload(String pageId, List<StatusIncident> incidents, List<ComponentState> components) {

    public StatuspagePayload {
        incidents = List.copyOf(incidents);
        components = List.copyOf(components);
    }
}
