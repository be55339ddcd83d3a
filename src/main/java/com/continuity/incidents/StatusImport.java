package com.continuity.incidents;

import com.continuity.incidents.model.Impact;
import com.continuity.incidents.statuspage.ComponentInterval;
import com.continuity.incidents.statuspage.ComponentState;
import com.continuity.incidents.statuspage.StatusIncident;
import com.continuity.incidents.statuspage.StatuspagePayload;
import com.continuity.shared.Keys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns a parsed Statuspage payload into the app's incidents for one provider. Plain Java.
 * <p>
 * A summary.json tells which components are down now but not always which incident they belong to (GitHub's
 * 2020-04-02 outage lists no component on the incident). Each non-operational component is then attached, as an
 * open interval from when it changed (or the incident's start, if later), to every unresolved incident that has no
 * interval of its own: the page says they are down while that incident is open. Overlaps count once downstream.
 */
final class StatusImport {

    private StatusImport() {
    }

    /** The incident key for a status-page incident: the provider's key and the page's id, e.g. github-kctbh9vrtdwd. */
    static String key(String provider, String externalId) {
        String id = externalId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        String key = provider + "-" + id;
        return Keys.isValid(key) ? key : key.substring(0, Math.min(key.length(), 80));
    }

    static List<Incident> incidents(String provider, StatuspagePayload payload) {
        List<ComponentState> down = payload.components().stream()
                .filter(c -> c.impact() != Impact.NONE).toList();
        List<Incident> out = new ArrayList<>();
        for (StatusIncident s : payload.incidents()) {
            List<ComponentOutage> components = new ArrayList<>(s.intervals().stream()
                    .map(StatusImport::outage).toList());
            if (!s.resolved() && components.isEmpty()) {
                down.forEach(c -> components.add(new ComponentOutage(c.name(), c.impact(),
                        later(c.updatedAt(), s.start()), null)));
            }
            out.add(new Incident(key(provider, s.id()), provider, s.name(), s.impact(), IncidentSource.STATUS_PAGE,
                    s.id(), s.shortlink(), s.start(), s.resolvedAt(), List.of(), components,
                    s.updates().stream().map(u -> new IncidentUpdate(u.at(), u.status(), u.body())).toList(),
                    null, 0));
        }
        return out;
    }

    /**
     * The page's new word on an incident it already imported, keeping what people added here: the key, direct
     * {@code affects}, notes, updates added in the app (those the page does not list), and an end set here while
     * the page still shows the incident open.
     */
    static Incident keepLocal(Incident fromPage, Incident stored) {
        List<IncidentUpdate> updates = new ArrayList<>(fromPage.updates());
        stored.updates().stream().filter(u -> !fromPage.updates().contains(u)).forEach(updates::add);
        updates.sort(Comparator.comparing(IncidentUpdate::at));
        return new Incident(stored.key(), fromPage.provider(), fromPage.title(), fromPage.impact(), fromPage.source(),
                fromPage.externalId(), fromPage.link(), fromPage.start(),
                fromPage.end() != null ? fromPage.end() : stored.end(), stored.affects(), fromPage.components(),
                updates, stored.notes(), stored.version());
    }

    private static ComponentOutage outage(ComponentInterval i) {
        return new ComponentOutage(i.componentName(), i.impact(), i.start(), i.end());
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || a.isBefore(b) ? b : a;
    }
}
