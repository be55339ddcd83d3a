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

    /** The external id of an incident opened from component states alone starts with this. */
    static final String COMPONENTS_PREFIX = "components-";

    private StatusImport() {
    }

    /**
     * An incident for components that are down while the page shows no unresolved incident (a poll's view), or
     * null when there is nothing to open or change. {@code open} is the provider's open one from an earlier poll,
     * or null. A component still down at the same impact keeps its interval; one that recovered or changed impact
     * has its interval closed {@code now} (and a new one opened for the new impact); when none is down, the
     * incident resolves {@code now}.
     */
    static Incident componentIncident(String provider, Incident open, List<ComponentState> states, Instant now) {
        List<ComponentState> down = states.stream().filter(c -> c.impact() != Impact.NONE).toList();
        if (open == null) {
            if (down.isEmpty()) {
                return null;
            }
            Instant start = down.stream().map(ComponentState::updatedAt).min(Comparator.naturalOrder()).orElse(now);
            start = start.isAfter(now) ? now : start;
            String externalId = COMPONENTS_PREFIX + start.getEpochSecond();
            List<ComponentOutage> outages = new ArrayList<>();
            for (ComponentState c : down) {
                outages.add(new ComponentOutage(c.name(), c.impact(), later(c.updatedAt(), start).isAfter(now)
                        ? now : later(c.updatedAt(), start), null));
            }
            return new Incident(key(provider, externalId), provider, componentTitle(outages), worst(outages),
                    IncidentSource.STATUS_PAGE, externalId, null, start, null, List.of(), outages,
                    List.of(new IncidentUpdate(start, "investigating", "The status page shows " + describe(down)
                            + " without an incident.")), null, 0);
        }
        List<ComponentOutage> outages = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        for (ComponentOutage o : open.components()) {
            boolean stillSame = o.end() == null && down.stream()
                    .anyMatch(c -> c.name().equals(o.component()) && c.impact() == o.impact());
            if (o.end() != null || stillSame) {
                outages.add(o);
            } else {
                Instant end = o.start().isAfter(now) ? o.start() : now;
                outages.add(new ComponentOutage(o.component(), o.impact(), o.start(), end));
                if (down.stream().noneMatch(c -> c.name().equals(o.component()))) {
                    changes.add(o.component() + " is operational");
                }
            }
        }
        for (ComponentState c : down) {
            boolean covered = outages.stream().anyMatch(o -> o.end() == null && o.component().equals(c.name()));
            if (!covered) {
                Instant start = later(c.updatedAt(), open.start());
                outages.add(new ComponentOutage(c.name(), c.impact(), start.isAfter(now) ? now : start, null));
                changes.add(c.name() + " is " + status(c.impact()));
            }
        }
        if (changes.isEmpty()) {
            return open;
        }
        List<IncidentUpdate> updates = new ArrayList<>(open.updates());
        boolean resolved = down.isEmpty();
        updates.add(new IncidentUpdate(now, resolved ? "resolved" : "monitoring", String.join("; ", changes) + "."));
        return new Incident(open.key(), provider, componentTitle(outages), worst(outages), open.source(),
                open.externalId(), open.link(), open.start(), resolved ? now : null, open.affects(), outages, updates,
                open.notes(), open.version());
    }

    private static String componentTitle(List<ComponentOutage> outages) {
        return "Components not operational: " + String.join(", ", new java.util.TreeSet<>(outages.stream()
                .map(ComponentOutage::component).toList()));
    }

    private static Impact worst(List<ComponentOutage> outages) {
        return outages.stream().map(ComponentOutage::impact).filter(i -> i != Impact.MAINTENANCE)
                .max(Comparator.naturalOrder())
                .orElse(outages.isEmpty() ? Impact.NONE : Impact.MAINTENANCE);
    }

    private static String describe(List<ComponentState> down) {
        return String.join(", ", down.stream().map(c -> c.name() + " " + status(c.impact())).toList());
    }

    private static String status(Impact impact) {
        return switch (impact) {
            case NONE -> "operational";
            case MINOR -> "degraded_performance";
            case MAJOR -> "partial_outage";
            case CRITICAL -> "major_outage";
            case MAINTENANCE -> "under_maintenance";
        };
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
