package com.continuity.incidents;

import com.continuity.incidents.model.Impact;

import java.time.Instant;
import java.util.List;

/**
 * A provider incident. It affects failure domains directly ({@code affects}, for the whole incident window at its
 * impact) and through status-page components ({@code components}, each for its own interval at its own impact).
 * {@code end} is null while the incident is open. {@code version} guards concurrent edits.
 */
public record Incident(String key, String provider, String title, Impact impact, IncidentSource source,
                       String externalId, String link, Instant start, Instant end, List<String> affects,
                       List<ComponentOutage> components, List<IncidentUpdate> updates, String notes, long version) {

    public Incident {
        source = source == null ? IncidentSource.MANUAL : source;
        affects = affects == null ? List.of() : List.copyOf(affects);
        components = components == null ? List.of() : List.copyOf(components);
        updates = updates == null ? List.of() : List.copyOf(updates);
    }

    public boolean open() {
        return end == null;
    }

    /** The same incident, with the version it was stored at. */
    public Incident withVersion(long version) {
        return new Incident(key, provider, title, impact, source, externalId, link, start, end, affects, components,
                updates, notes, version);
    }
}
