package com.continuity.inventory.portfolio;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Contact;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.Detection;
import com.continuity.inventory.Drill;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;
import com.continuity.inventory.PlannedDrill;
import com.continuity.inventory.Portfolio;
import com.continuity.inventory.Protection;
import com.continuity.inventory.Provider;
import com.continuity.security.Team;
import com.continuity.shared.FieldError;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules on inventory records that a file's syntax cannot express: key formats, duplicates (team, provider,
 * failure-domain and service keys in the portfolio, dependency keys in their service, path keys in their
 * dependency), references to other records, ranges, one primary path per dependency, and planned drills only on
 * fallbacks. Works on records, so the REST API and the UI check a single record against the stored keys with the
 * same rules as an import.
 * <p>
 * Each method reports paths below {@code pathPrefix} ({@code services[0]} gives {@code services[0].tier}); an
 * empty prefix gives the bare field names. Fields are never null-checked by the caller first: a missing required
 * field is itself reported.
 */
public final class PortfolioValidator {

    private PortfolioValidator() {
    }

    /** Every rule over the whole portfolio, paths as in the file ({@code services[1].dependencies[0].key}). */
    public static List<FieldError> validate(Portfolio portfolio) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> teamKeys = keys(portfolio.teams(), Team::key);
        Set<String> providerKeys = keys(portfolio.providers(), Provider::key);
        Set<String> domainKeys = keys(portfolio.failureDomains(), FailureDomain::key);

        eachUnique(portfolio.teams(), "teams", "team", Team::key, errors,
                (team, path) -> validateTeam(team, path));
        eachUnique(portfolio.providers(), "providers", "provider", Provider::key, errors,
                (provider, path) -> validateProvider(provider, path, providerKeys));
        errors.addAll(parentCycles(portfolio.providers()));
        eachUnique(portfolio.failureDomains(), "failureDomains", "failure domain", FailureDomain::key, errors,
                (domain, path) -> validateFailureDomain(domain, path, providerKeys));
        eachUnique(portfolio.services(), "services", "service", BusinessService::key, errors,
                (service, path) -> validateService(service, path, teamKeys, domainKeys));
        return errors;
    }

    public static List<FieldError> validateTeam(Team team, String pathPrefix) {
        return team.problems(pathPrefix);
    }

    /** {@code providerKeys}: the providers a {@code parent} may name. */
    public static List<FieldError> validateProvider(Provider provider, String pathPrefix, Set<String> providerKeys) {
        Checks checks = new Checks(pathPrefix);
        checks.key(provider.key());
        checks.required("name", provider.name());
        checks.text("statusPage", provider.statusPage());
        if (provider.statusPage() != null && !isWebAddress(provider.statusPage())) {
            checks.fail("statusPage", "statusPage must be an http or https address; got '" + provider.statusPage() + "'");
        }
        if (provider.parent() != null && provider.parent().equals(provider.key())) {
            checks.fail("parent", "provider '" + provider.key() + "' cannot be its own parent");
        } else {
            checks.reference("parent", provider.parent(), providerKeys, "provider");
        }
        return checks.errors();
    }

    /** {@code providerKeys}: the providers the domain's {@code provider} may name. */
    public static List<FieldError> validateFailureDomain(FailureDomain domain, String pathPrefix, Set<String> providerKeys) {
        Checks checks = new Checks(pathPrefix);
        checks.key(domain.key());
        checks.required("name", domain.name());
        checks.required("kind", domain.kind());
        checks.reference("provider", domain.provider(), providerKeys, "provider");
        checks.availability("availability", domain.availability());
        checks.noBlankEntries("statusComponents", domain.statusComponents());
        return checks.errors();
    }

    /**
     * A service with its dependencies, paths, drills and planned drills. {@code teamKeys}: the teams its {@code team} may name;
     * {@code domainKeys}: the failure domains its paths may require.
     */
    public static List<FieldError> validateService(BusinessService service, String pathPrefix, Set<String> teamKeys,
                                                   Set<String> domainKeys) {
        Checks checks = new Checks(pathPrefix);
        checks.key(service.key());
        checks.required("name", service.name());
        if (checks.required("team", service.team())) {
            checks.reference("team", service.team(), teamKeys, "team");
        }
        checks.between("tier", service.tier(), 1, 4);
        checks.notNegative("rtoMinutes", service.rtoMinutes());
        checks.notNegative("rpoMinutes", service.rpoMinutes());
        checks.notNegative("mtpdMinutes", service.mtpdMinutes());
        checks.notNegative("downtimeCostPerHour", service.downtimeCostPerHour());
        checks.money("downtimeCostPerHour", service.downtimeCostPerHour());
        checks.text("owner", service.owner());
        checks.currency("currency", service.currency());
        if (service.downtimeCostPerHour() != null && service.currency() == null) {
            checks.fail("currency", "currency is required when downtimeCostPerHour is given (money always has its currency beside it)");
        }
        for (int i = 0; i < service.contacts().size(); i++) {
            contact(service.contacts().get(i), checks.in("contacts", i));
        }
        Map<String, String> dependencyKeys = new HashMap<>();
        for (int i = 0; i < service.dependencies().size(); i++) {
            Checks at = checks.in("dependencies", i);
            Dependency dependency = service.dependencies().get(i);
            at.unique("key", dependency.key(), dependencyKeys, "dependency");
            dependency(dependency, at, domainKeys);
        }
        return checks.errors();
    }

    private static void contact(Contact contact, Checks checks) {
        checks.required("role", contact.role());
        checks.required("name", contact.name());
        checks.required("reach", contact.reach());
    }

    private static void dependency(Dependency dependency, Checks checks, Set<String> domainKeys) {
        checks.key(dependency.key());
        checks.required("name", dependency.name());
        detection(dependency.detection(), checks.at("detection"));
        protection(dependency.protection(), checks.at("protection"));
        Map<String, String> pathKeys = new HashMap<>();
        String primary = null;
        for (int i = 0; i < dependency.paths().size(); i++) {
            Checks at = checks.in("paths", i);
            Path path = dependency.paths().get(i);
            at.unique("key", path.key(), pathKeys, "path");
            path(path, at, domainKeys);
            if (path.role() == PathRole.PRIMARY) {
                if (primary != null) {
                    at.fail("role", "dependency '" + dependency.key() + "' has more than one primary path: '" + primary
                            + "' is already primary, so '" + path.key() + "' must be a fallback");
                }
                primary = primary == null ? path.key() : primary;
            }
        }
        boolean rolesKnown = dependency.paths().stream().allMatch(p -> p.role() != null);
        if (primary == null && rolesKnown) {
            checks.fail("paths", "dependency '" + dependency.key() + "' has no primary path: exactly one path must have role primary");
        }
    }

    private static void detection(Detection detection, Checks checks) {
        checks.percent("errorRatePercent", detection.errorRatePercent());
        checks.positive("latencyMs", detection.latencyMs());
        checks.positive("windowMinutes", detection.windowMinutes());
    }

    private static void protection(Protection protection, Checks checks) {
        checks.positive("timeoutMs", protection.timeoutMs());
        checks.notNegative("maxRetries", protection.maxRetries());
        checks.positive("backoffBaseMs", protection.backoffBaseMs());
        checks.positive("backoffCapMs", protection.backoffCapMs());
        Integer base = protection.backoffBaseMs();
        Integer cap = protection.backoffCapMs();
        if (base != null && cap != null && base > 0 && cap > 0 && cap < base) {
            checks.fail("backoffCapMs", "backoffCapMs must be at least backoffBaseMs (" + base
                    + "): the backoff doubles from the base up to the cap; got " + cap);
        }
        checks.between("retryBudgetPercent", protection.retryBudgetPercent(), 0, 100);
        checks.between("breakerFailureRatePercent", protection.breakerFailureRatePercent(), 1, 100);
        checks.positive("breakerMinimumCalls", protection.breakerMinimumCalls());
        checks.positive("breakerOpenSeconds", protection.breakerOpenSeconds());
    }

    private static void path(Path path, Checks checks, Set<String> domainKeys) {
        checks.key(path.key());
        checks.required("role", path.role());
        if (path.requires().isEmpty()) {
            checks.fail("requires", "path '" + path.key() + "' must require at least one failure domain");
        }
        Set<String> required = new LinkedHashSet<>();
        for (int j = 0; j < path.requires().size(); j++) {
            String domain = path.requires().get(j);
            if (domain == null || domain.isBlank()) {
                checks.failEntry("requires", j, "each entry of requires must name a failure domain");
            } else if (!required.add(domain)) {
                checks.failEntry("requires", j, "requires lists '" + domain + "' twice");
            } else if (!domainKeys.contains(domain)) {
                checks.failEntry("requires", j, "requires '" + domain + "', which is unknown: no failure domain has that key");
            }
        }
        checks.notNegative("switchoverMinutes", path.switchoverMinutes());
        checks.between("capacityPercent", path.capacityPercent(), 0, 100);
        for (int i = 0; i < path.drills().size(); i++) {
            drill(path.drills().get(i), checks.in("drills", i));
        }
        if (path.role() == PathRole.PRIMARY && !path.plannedDrills().isEmpty()) {
            checks.fail("plannedDrills", "path '" + path.key() + "' is the primary, and only a fallback is drilled: "
                    + "plan the drills on a fallback, or make this path one");
        }
        for (int i = 0; i < path.plannedDrills().size(); i++) {
            plannedDrill(path.plannedDrills().get(i), checks.in("plannedDrills", i));
        }
    }

    private static void plannedDrill(PlannedDrill plan, Checks checks) {
        checks.required("date", plan.date());
        checks.required("owner", plan.owner());
        checks.text("scenario", plan.scenario());
    }

    private static void drill(Drill drill, Checks checks) {
        checks.required("date", drill.date());
        checks.required("result", drill.result());
        checks.notNegative("switchoverMinutes", drill.switchoverMinutes());
        checks.text("notes", drill.notes());
    }

    private interface RecordCheck<T> {
        List<FieldError> check(T record, String path);
    }

    /** Checks each record of a list and that its key is unique in the list. */
    private static <T> void eachUnique(List<T> records, String field, String what, Function<T, String> key,
                                       List<FieldError> errors, RecordCheck<T> check) {
        Checks list = new Checks("");
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Checks at = list.in(field, i);
            errors.addAll(check.check(records.get(i), at.prefix()));
            at.unique("key", key.apply(records.get(i)), seen, what);
        }
        errors.addAll(list.errors());
    }

    /**
     * A provider saved on its own, checked against the stored ones: its own rules, and that its parent does not
     * lead back to it through the stored parents.
     */
    public static List<FieldError> validateProviderAmong(Provider provider, String pathPrefix, List<Provider> stored) {
        List<FieldError> errors = new ArrayList<>(validateProvider(provider, pathPrefix,
                keys(stored, Provider::key)));
        if (errors.isEmpty() && provider.parent() != null) {
            Map<String, String> parents = new HashMap<>();
            stored.stream().filter(p -> p.parent() != null).forEach(p -> parents.put(p.key(), p.parent()));
            parents.put(provider.key(), provider.parent());
            List<String> chain = chain(provider.key(), parents);
            if (chain.size() > 2 && chain.getLast().equals(chain.getFirst())) {
                Checks checks = new Checks(pathPrefix);
                checks.fail("parent", "provider parents would go round in a circle: " + String.join(" -> ", chain));
                errors.addAll(checks.errors());
            }
        }
        return errors;
    }

    /** Parents longer than one step that come back round (a provider that is its own parent is caught alone). */
    private static List<FieldError> parentCycles(List<Provider> providers) {
        Map<String, String> parents = new HashMap<>();
        providers.stream().filter(p -> p.key() != null && p.parent() != null && !p.parent().equals(p.key()))
                .forEach(p -> parents.putIfAbsent(p.key(), p.parent()));
        Checks checks = new Checks("");
        for (int i = 0; i < providers.size(); i++) {
            List<String> chain = chain(providers.get(i).key(), parents);
            if (chain.size() > 2 && chain.getLast().equals(chain.getFirst())) {
                checks.in("providers", i).fail("parent", "provider parents go round in a circle: " + String.join(" -> ", chain));
            }
        }
        return checks.errors();
    }

    private static List<String> chain(String start, Map<String, String> parents) {
        List<String> chain = new ArrayList<>(List.of(start == null ? "" : start));
        Set<String> visited = new LinkedHashSet<>(chain);
        for (String next = parents.get(start); next != null; next = parents.get(next)) {
            chain.add(next);
            if (!visited.add(next)) {
                break;
            }
        }
        return chain;
    }

    private static boolean isWebAddress(String address) {
        try {
            URI uri = new URI(address);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static <T> Set<String> keys(List<T> records, Function<T, String> key) {
        return records.stream().map(key).filter(k -> k != null).collect(Collectors.toSet());
    }
}
