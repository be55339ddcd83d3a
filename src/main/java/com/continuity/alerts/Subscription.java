package com.continuity.alerts;

import java.time.Instant;
import java.util.List;

/**
 * Who is told what, and how. {@code team} null means everything (a manager's subscription); otherwise the events
 * that touch the team's services, or the listed failure domains or services. No events listed: all of them.
 * The webhook's secret is never part of it: it is shown once, when the webhook is created.
 *
 * @param kind   webhook or email
 * @param target the URL, or the e-mail address
 * @param format json, or slack (a body a Slack incoming webhook accepts)
 */
public record Subscription(long id, String kind, String target, String format, String team, List<AlertType> events,
                           List<String> domains, List<String> services, String createdBy, Instant createdAt) {

    /** The same subscription showing {@code shown} as its target. */
    public Subscription withTarget(String shown) {
        return new Subscription(id, kind, shown, format, team, events, domains, services, createdBy, createdAt);
    }

    public Subscription {
        events = events == null ? List.of() : List.copyOf(events);
        domains = domains == null ? List.of() : List.copyOf(domains);
        services = services == null ? List.of() : List.copyOf(services);
    }

    /** Whether an event of this type, touching these domains and services of these teams, is for it. */
    public boolean wants(AlertType type, java.util.Collection<String> eventDomains,
                         java.util.Collection<String> eventServices, java.util.Collection<String> eventTeams) {
        if (!events.isEmpty() && !events.contains(type)) {
            return false;
        }
        if (team == null && domains.isEmpty() && services.isEmpty()) {
            return true;
        }
        return team != null && eventTeams.contains(team)
                || domains.stream().anyMatch(eventDomains::contains)
                || services.stream().anyMatch(eventServices::contains);
    }
}
