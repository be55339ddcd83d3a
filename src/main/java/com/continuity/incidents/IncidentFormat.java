package com.continuity.incidents;

import com.continuity.incidents.model.Impact;
import com.continuity.inventory.Portfolio;
import com.continuity.inventory.portfolio.Entry;
import com.continuity.inventory.portfolio.Fields;
import com.continuity.inventory.portfolio.SectionFormat;
import com.continuity.shared.FieldError;
import com.continuity.shared.Keys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static com.continuity.inventory.portfolio.Fields.Presence.OPTIONAL;
import static com.continuity.inventory.portfolio.Fields.Presence.REQUIRED;

/**
 * The {@code incidents} section of the portfolio file. Incidents are history: they may name providers and failure
 * domains that the inventory no longer has (an exported file must import again after a provider is retired), so
 * their keys are checked for form, not for existence. Editing an incident in the app checks them against the
 * inventory ({@link IncidentService}).
 */
public final class IncidentFormat implements SectionFormat<Incident> {

    public static final String SECTION = "incidents";
    static final List<String> FIELDS = List.of("key", "provider", "title", "impact", "source", "externalId", "link",
            "start", "end", "affects", "components", "updates", "notes");
    static final List<String> COMPONENT_FIELDS = List.of("component", "impact", "start", "end");
    static final List<String> UPDATE_FIELDS = List.of("at", "status", "body");

    @Override
    public String name() {
        return SECTION;
    }

    @Override
    public String what() {
        return "incident";
    }

    @Override
    public List<String> fields() {
        return FIELDS;
    }

    @Override
    public Incident read(Fields f) {
        IncidentSource source = f.choice("source", OPTIONAL, IncidentSource.values(), IncidentSource::fileName);
        return new Incident(f.string("key", REQUIRED), f.string("provider", OPTIONAL), f.string("title", REQUIRED),
                f.choice("impact", REQUIRED, Impact.values(), Impact::fileName),
                source == null ? IncidentSource.MANUAL : source, f.string("externalId", OPTIONAL),
                f.string("link", OPTIONAL), f.instant("start", REQUIRED), f.instant("end", OPTIONAL),
                f.strings("affects", OPTIONAL),
                f.objects("components", OPTIONAL, "component outage", COMPONENT_FIELDS, IncidentFormat::component),
                f.objects("updates", OPTIONAL, "update", UPDATE_FIELDS, IncidentFormat::update),
                f.string("notes", OPTIONAL), 0);
    }

    private static ComponentOutage component(Fields f) {
        return new ComponentOutage(f.string("component", REQUIRED),
                f.choice("impact", REQUIRED, Impact.values(), Impact::fileName), f.instant("start", REQUIRED),
                f.instant("end", OPTIONAL));
    }

    private static IncidentUpdate update(Fields f) {
        return new IncidentUpdate(f.instant("at", REQUIRED), f.string("status", OPTIONAL), f.string("body", OPTIONAL));
    }

    @Override
    public List<FieldError> check(List<Incident> incidents, Portfolio inventory) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < incidents.size(); i++) {
            String at = SECTION + "[" + i + "]";
            Incident incident = incidents.get(i);
            if (!keys.add(incident.key())) {
                errors.add(new FieldError(at + ".key", "the incident key '" + incident.key() + "' appears twice"));
            }
            errors.addAll(check(incident, at));
        }
        return errors;
    }

    /** The rules of one incident that need nothing but the incident; paths under {@code at}. */
    static List<FieldError> check(Incident incident, String at) {
        List<FieldError> errors = new ArrayList<>();
        String prefix = at.isEmpty() ? "" : at + ".";
        if (!Keys.isValid(incident.key())) {
            errors.add(new FieldError(prefix + "key", "the incident key '" + incident.key() + "' " + Keys.RULE));
        }
        if (incident.provider() != null && !Keys.isValid(incident.provider())) {
            errors.add(new FieldError(prefix + "provider", "the provider key '" + incident.provider() + "' " + Keys.RULE));
        }
        if (incident.title() != null && incident.title().isBlank()) {
            errors.add(new FieldError(prefix + "title", "the title must not be blank"));
        }
        if (incident.end() != null && incident.end().isBefore(incident.start())) {
            errors.add(new FieldError(prefix + "end", "the end " + incident.end() + " is before the start " + incident.start()));
        }
        for (int a = 0; a < incident.affects().size(); a++) {
            if (!Keys.isValid(incident.affects().get(a))) {
                errors.add(new FieldError(prefix + "affects[" + a + "]",
                        "the failure domain key '" + incident.affects().get(a) + "' " + Keys.RULE));
            }
        }
        for (int c = 0; c < incident.components().size(); c++) {
            ComponentOutage component = incident.components().get(c);
            if (component.end() != null && component.end().isBefore(component.start())) {
                errors.add(new FieldError(prefix + "components[" + c + "].end", "the end " + component.end()
                        + " is before the start " + component.start()));
            }
        }
        if (!Objects.equals(incident.updates(), incident.updates().stream()
                .sorted(Comparator.comparing(IncidentUpdate::at)).toList())) {
            errors.add(new FieldError(prefix + "updates", "updates must be in time order, oldest first"));
        }
        return errors;
    }

    @Override
    public Map<String, Object> write(Incident i) {
        return new Entry().put("key", i.key()).put("provider", i.provider()).put("title", i.title())
                .put("impact", i.impact().fileName())
                .put("source", i.source() == IncidentSource.MANUAL ? null : i.source().fileName())
                .put("externalId", i.externalId()).put("link", i.link()).put("start", i.start()).put("end", i.end())
                .putNonEmpty("affects", i.affects())
                .putNonEmpty("components", i.components().stream().map(c -> (Object) new Entry()
                        .put("component", c.component()).put("impact", c.impact().fileName())
                        .put("start", c.start()).put("end", c.end()).map()).toList())
                .putNonEmpty("updates", i.updates().stream().map(u -> (Object) new Entry().put("at", u.at())
                        .put("status", u.status()).put("body", u.body()).map()).toList())
                .put("notes", i.notes())
                .map();
    }
}
