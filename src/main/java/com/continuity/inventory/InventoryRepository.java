package com.continuity.inventory;

import com.continuity.shared.Like;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Providers, failure domains and business services in PostgreSQL. Writes check the version the caller read
 * ({@code ... where version = ?}) so that a stale save changes nothing. A service's dependencies, paths, drills
 * and planned drills are rewritten together, in batches, which is also how a portfolio import stores thousands
 * of them.
 */
@Repository
class InventoryRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    InventoryRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    // ---- providers

    List<Provider> findProviders() {
        return jdbc.sql("select key, name, status_page, parent_key, version from provider order by id")
                .query(InventoryRepository::provider).list();
    }

    Optional<Provider> findProvider(String key) {
        return jdbc.sql("select key, name, status_page, parent_key, version from provider where key = ?")
                .param(key).query(InventoryRepository::provider).optional();
    }

    private static Provider provider(ResultSet rs, int i) throws SQLException {
        return new Provider(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5));
    }

    /** Inserts, or updates when {@code expectedVersion} matches; false when it does not (a conflict). */
    boolean saveProvider(Provider p, Long expectedVersion) {
        if (expectedVersion == null) {
            return jdbc.sql("insert into provider (key, name, status_page, parent_key) values (?, ?, ?, ?)")
                    .params(p.key(), p.name(), p.statusPage(), p.parent()).update() == 1;
        }
        return jdbc.sql("""
                        update provider set name = ?, status_page = ?, parent_key = ?, version = version + 1
                        where key = ? and version = ?""")
                .params(p.name(), p.statusPage(), p.parent(), p.key(), expectedVersion).update() == 1;
    }

    void upsertProviders(List<Provider> providers) {
        template.batchUpdate("""
                        insert into provider (key, name, status_page, parent_key) values (?, ?, ?, ?)
                        on conflict (key) do update set name = excluded.name, status_page = excluded.status_page,
                            parent_key = excluded.parent_key, version = provider.version + 1
                        where (provider.name, provider.status_page, provider.parent_key)
                              is distinct from (excluded.name, excluded.status_page, excluded.parent_key)""",
                providers, 500, (ps, p) -> {
                    ps.setString(1, p.key());
                    ps.setString(2, p.name());
                    ps.setString(3, p.statusPage());
                    ps.setString(4, p.parent());
                });
    }

    // ---- failure domains

    private static final String DOMAIN_SELECT = """
            select d.key, d.name, d.kind, p.key, d.availability, d.status_components, d.version
            from failure_domain d left join provider p on p.id = d.provider_id""";

    List<FailureDomain> findDomains() {
        return jdbc.sql(DOMAIN_SELECT + " order by d.id").query(InventoryRepository::domain).list();
    }

    Optional<FailureDomain> findDomain(String key) {
        return jdbc.sql(DOMAIN_SELECT + " where d.key = ?").param(key).query(InventoryRepository::domain).optional();
    }

    private static FailureDomain domain(ResultSet rs, int i) throws SQLException {
        double availability = rs.getDouble(5);
        Double known = rs.wasNull() ? null : availability;   // wasNull speaks of the last column read: ask now
        return new FailureDomain(rs.getString(1), rs.getString(2), DomainKind.valueOf(rs.getString(3)),
                rs.getString(4), known, strings(rs.getArray(6)), rs.getLong(7));
    }

    boolean saveDomain(FailureDomain d, Long expectedVersion) {
        String[] components = d.statusComponents().toArray(String[]::new);
        if (expectedVersion == null) {
            return jdbc.sql("""
                            insert into failure_domain (key, name, kind, provider_id, availability, status_components)
                            values (?, ?, ?, (select id from provider where key = ?), ?, ?)""")
                    .params(d.key(), d.name(), d.kind().name(), d.provider(), d.availability(), components)
                    .update() == 1;
        }
        return jdbc.sql("""
                        update failure_domain set name = ?, kind = ?, provider_id = (select id from provider where key = ?),
                            availability = ?, status_components = ?, version = version + 1
                        where key = ? and version = ?""")
                .params(d.name(), d.kind().name(), d.provider(), d.availability(), components, d.key(), expectedVersion)
                .update() == 1;
    }

    void upsertDomains(List<FailureDomain> domains) {
        template.batchUpdate("""
                        insert into failure_domain (key, name, kind, provider_id, availability, status_components)
                        values (?, ?, ?, (select id from provider where key = ?), ?, ?)
                        on conflict (key) do update set name = excluded.name, kind = excluded.kind,
                            provider_id = excluded.provider_id, availability = excluded.availability,
                            status_components = excluded.status_components, version = failure_domain.version + 1
                        where (failure_domain.name, failure_domain.kind, failure_domain.provider_id,
                               failure_domain.availability, failure_domain.status_components)
                              is distinct from (excluded.name, excluded.kind, excluded.provider_id,
                               excluded.availability, excluded.status_components)""",
                domains, 500, (ps, d) -> {
                    ps.setString(1, d.key());
                    ps.setString(2, d.name());
                    ps.setString(3, d.kind().name());
                    ps.setString(4, d.provider());
                    ps.setObject(5, d.availability(), Types.DOUBLE);
                    ps.setArray(6, ps.getConnection().createArrayOf("text", d.statusComponents().toArray()));
                });
    }

    // ---- business services

    private static final String SERVICE_SELECT = """
            select s.id, s.key, s.name, t.key, s.tier, s.rto_minutes, s.rpo_minutes, s.mtpd_minutes,
                   s.downtime_cost_per_hour, s.currency, s.owner, s.version
            from business_service s join team t on t.id = s.team_id""";

    List<BusinessService> findServices() {
        return assemble(jdbc.sql(SERVICE_SELECT + " order by s.id").query(StoredService::of).list());
    }

    Optional<BusinessService> findService(String key) {
        return assemble(jdbc.sql(SERVICE_SELECT + " where s.key = ?").param(key).query(StoredService::of).list())
                .stream().findFirst();
    }

    private record StoredService(long id, BusinessService service) {
        static StoredService of(ResultSet rs, int i) throws SQLException {
            return new StoredService(rs.getLong(1), new BusinessService(rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getInt(5), integer(rs, 6), integer(rs, 7), integer(rs, 8),
                    plain(rs.getBigDecimal(9)),
                    rs.getString(10), rs.getString(11), List.of(), List.of(), rs.getLong(12)));
        }
    }

    private record PathRow(long id, long dependencyId, Path path) {
    }

    /**
     * Loads the contacts, dependencies, paths, requirements, drills and planned drills of these services in six
     * queries, whatever their number.
     */
    private List<BusinessService> assemble(List<StoredService> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] serviceIds = rows.stream().map(StoredService::id).toArray(Long[]::new);
        Map<Long, List<String>> requires = new HashMap<>();
        jdbc.sql("""
                        select r.path_id, fd.key from path_requirement r
                        join failure_domain fd on fd.id = r.domain_id
                        join path p on p.id = r.path_id join dependency d on d.id = p.dependency_id
                        where d.service_id = any(?) order by r.path_id, r.position""")
                .param(serviceIds)
                .query(rs -> {
                    requires.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, List<Drill>> drills = new HashMap<>();
        jdbc.sql("""
                        select dr.path_id, dr.date, dr.result, dr.switchover_minutes, dr.notes from drill dr
                        join path p on p.id = dr.path_id join dependency d on d.id = p.dependency_id
                        where d.service_id = any(?) order by dr.path_id, dr.position""")
                .param(serviceIds)
                .query(rs -> {
                    drills.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Drill(
                            rs.getDate(2).toLocalDate(), DrillResult.valueOf(rs.getString(3)), integer(rs, 4),
                            rs.getString(5)));
                });
        Map<Long, List<PlannedDrill>> plannedDrills = new HashMap<>();
        jdbc.sql("""
                        select pd.path_id, pd.date, pd.owner, pd.scenario from planned_drill pd
                        join path p on p.id = pd.path_id join dependency d on d.id = p.dependency_id
                        where d.service_id = any(?) order by pd.path_id, pd.position""")
                .param(serviceIds)
                .query(rs -> {
                    plannedDrills.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new PlannedDrill(
                            rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4)));
                });
        Map<Long, List<Path>> paths = new HashMap<>();
        jdbc.sql("""
                        select p.id, p.dependency_id, p.key, p.role, p.activation, p.switchover_minutes, p.capacity_percent
                        from path p join dependency d on d.id = p.dependency_id
                        where d.service_id = any(?) order by p.dependency_id, p.position""")
                .param(serviceIds)
                .query(rs -> {
                    long id = rs.getLong(1);
                    String activation = rs.getString(5);
                    paths.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new Path(rs.getString(3),
                            PathRole.valueOf(rs.getString(4)), activation == null ? null : Activation.valueOf(activation),
                            integer(rs, 6), integer(rs, 7), requires.getOrDefault(id, List.of()),
                            drills.getOrDefault(id, List.of()), plannedDrills.getOrDefault(id, List.of())));
                });
        Map<Long, List<Dependency>> dependencies = new HashMap<>();
        jdbc.sql("""
                        select id, service_id, key, name, detect_error_rate_percent, detect_latency_ms,
                               detect_window_minutes, timeout_ms, max_retries, backoff_base_ms, backoff_cap_ms, jitter,
                               retry_budget_percent, breaker_failure_rate_percent, breaker_minimum_calls,
                               breaker_open_seconds
                        from dependency where service_id = any(?) order by service_id, position""")
                .param(serviceIds)
                .query(rs -> {
                    String jitter = rs.getString(12);
                    dependencies.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new Dependency(
                            rs.getString(3), rs.getString(4), paths.getOrDefault(rs.getLong(1), List.of()),
                            new Detection(rs.getBigDecimal(5), integer(rs, 6), integer(rs, 7)),
                            new Protection(integer(rs, 8), integer(rs, 9), integer(rs, 10), integer(rs, 11),
                                    jitter == null ? null : Jitter.valueOf(jitter), integer(rs, 13), integer(rs, 14),
                                    integer(rs, 15), integer(rs, 16))));
                });
        Map<Long, List<Contact>> contacts = new HashMap<>();
        jdbc.sql("select service_id, role, name, reach from service_contact where service_id = any(?) order by service_id, position")
                .param(serviceIds)
                .query(rs -> {
                    contacts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Contact(
                            ContactRole.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)));
                });
        return rows.stream().map(r -> {
            BusinessService s = r.service();
            return new BusinessService(s.key(), s.name(), s.team(), s.tier(), s.rtoMinutes(), s.rpoMinutes(),
                    s.mtpdMinutes(), s.downtimeCostPerHour(), s.currency(), s.owner(),
                    contacts.getOrDefault(r.id(), List.of()), dependencies.getOrDefault(r.id(), List.of()), s.version());
        }).toList();
    }

    /** Inserts a new service, or updates one whose stored version is {@code expectedVersion}; false on a conflict. */
    boolean saveService(BusinessService s, Long expectedVersion) {
        Optional<Long> id;
        if (expectedVersion == null) {
            id = jdbc.sql("""
                            insert into business_service (key, name, team_id, tier, rto_minutes, rpo_minutes, mtpd_minutes,
                                downtime_cost_per_hour, currency, owner)
                            values (?, ?, (select id from team where key = ?), ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(serviceColumns(s)).query(Long.class).optional();
        } else {
            id = jdbc.sql("""
                            update business_service set name = ?, team_id = (select id from team where key = ?),
                                tier = ?, rto_minutes = ?, rpo_minutes = ?, mtpd_minutes = ?, downtime_cost_per_hour = ?,
                                currency = ?, owner = ?, version = version + 1
                            where key = ? and version = ? returning id""")
                    .params(s.name(), s.team(), s.tier(), s.rtoMinutes(), s.rpoMinutes(), s.mtpdMinutes(),
                            s.downtimeCostPerHour(), s.currency(), s.owner(), s.key(), expectedVersion)
                    .query(Long.class).optional();
        }
        id.ifPresent(serviceId -> replaceChildren(Map.of(serviceId, s)));
        return id.isPresent();
    }

    private static Object[] serviceColumns(BusinessService s) {
        return new Object[]{s.key(), s.name(), s.team(), s.tier(), s.rtoMinutes(), s.rpoMinutes(), s.mtpdMinutes(),
                s.downtimeCostPerHour(), s.currency(), s.owner()};
    }

    boolean deleteService(String key, long version) {
        return jdbc.sql("delete from business_service where key = ? and version = ?").params(key, version).update() == 1;
    }

    /**
     * Import: services become exactly {@code services}, keeping the ids (and so the history) of those that stay.
     * Only the {@code changed} ones are written, so an import leaves the versions of the others alone and
     * nobody editing them gets a conflict for nothing.
     */
    void replaceServices(List<BusinessService> services, List<BusinessService> changed) {
        String[] keys = services.stream().map(BusinessService::key).toArray(String[]::new);
        jdbc.sql("delete from business_service where key <> all(?)").param(keys).update();
        template.batchUpdate("""
                        insert into business_service (key, name, team_id, tier, rto_minutes, rpo_minutes, mtpd_minutes,
                            downtime_cost_per_hour, currency, owner)
                        values (?, ?, (select id from team where key = ?), ?, ?, ?, ?, ?, ?, ?)
                        on conflict (key) do update set name = excluded.name, team_id = excluded.team_id,
                            tier = excluded.tier, rto_minutes = excluded.rto_minutes, rpo_minutes = excluded.rpo_minutes,
                            mtpd_minutes = excluded.mtpd_minutes, downtime_cost_per_hour = excluded.downtime_cost_per_hour,
                            currency = excluded.currency, owner = excluded.owner,
                            version = business_service.version + 1""",
                changed, 500, (ps, s) -> {
                    Object[] columns = serviceColumns(s);
                    for (int i = 0; i < columns.length; i++) {
                        ps.setObject(i + 1, columns[i]);
                    }
                });
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select key, id from business_service").query(rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        Map<Long, BusinessService> byId = new LinkedHashMap<>();
        changed.forEach(s -> byId.put(ids.get(s.key()), s));
        replaceChildren(byId);
    }

    /**
     * Deletes the contacts and dependencies of these services and writes them anew, with ids drawn ahead so batches
     * can link rows.
     */
    private void replaceChildren(Map<Long, BusinessService> services) {
        Long[] serviceIds = services.keySet().toArray(Long[]::new);
        jdbc.sql("delete from service_contact where service_id = any(?)").param(serviceIds).update();
        jdbc.sql("delete from dependency where service_id = any(?)").param(serviceIds).update();
        Map<String, Long> domainIds = new HashMap<>();
        jdbc.sql("select key, id from failure_domain").query(rs -> {
            domainIds.put(rs.getString(1), rs.getLong(2));
        });
        List<Object[]> dependencies = new ArrayList<>();
        List<Object[]> paths = new ArrayList<>();
        List<Object[]> requirements = new ArrayList<>();
        List<Object[]> drills = new ArrayList<>();
        List<Object[]> plannedDrills = new ArrayList<>();
        List<Object[]> contacts = new ArrayList<>();
        int dependencyCount = services.values().stream().mapToInt(s -> s.dependencies().size()).sum();
        int pathCount = services.values().stream().flatMap(s -> s.dependencies().stream())
                .mapToInt(d -> d.paths().size()).sum();
        var dependencyIds = nextIds("dependency_id_seq", dependencyCount).iterator();
        var pathIds = nextIds("path_id_seq", pathCount).iterator();
        services.forEach((serviceId, s) -> {
            for (int ci = 0; ci < s.contacts().size(); ci++) {
                Contact c = s.contacts().get(ci);
                contacts.add(new Object[]{serviceId, ci, c.role().name(), c.name(), c.reach()});
            }
            for (int di = 0; di < s.dependencies().size(); di++) {
                Dependency d = s.dependencies().get(di);
                long dependencyId = dependencyIds.next();
                Detection detect = d.detection();
                Protection protect = d.protection();
                dependencies.add(new Object[]{dependencyId, serviceId, di, d.key(), d.name(),
                        detect.errorRatePercent(), detect.latencyMs(), detect.windowMinutes(), protect.timeoutMs(),
                        protect.maxRetries(), protect.backoffBaseMs(), protect.backoffCapMs(),
                        protect.jitter() == null ? null : protect.jitter().name(), protect.retryBudgetPercent(),
                        protect.breakerFailureRatePercent(), protect.breakerMinimumCalls(),
                        protect.breakerOpenSeconds()});
                for (int pi = 0; pi < d.paths().size(); pi++) {
                    Path p = d.paths().get(pi);
                    long pathId = pathIds.next();
                    paths.add(new Object[]{pathId, dependencyId, pi, p.key(), p.role().name(),
                            p.activation() == null ? null : p.activation().name(), p.switchoverMinutes(),
                            p.capacityPercent()});
                    for (int ri = 0; ri < p.requires().size(); ri++) {
                        requirements.add(new Object[]{pathId, ri, domainIds.get(p.requires().get(ri))});
                    }
                    for (int xi = 0; xi < p.drills().size(); xi++) {
                        Drill x = p.drills().get(xi);
                        drills.add(new Object[]{pathId, xi, java.sql.Date.valueOf(x.date()), x.result().name(),
                                x.switchoverMinutes(), x.notes()});
                    }
                    for (int xi = 0; xi < p.plannedDrills().size(); xi++) {
                        PlannedDrill x = p.plannedDrills().get(xi);
                        plannedDrills.add(new Object[]{pathId, xi, java.sql.Date.valueOf(x.date()), x.owner(),
                                x.scenario()});
                    }
                }
            }
        });
        template.batchUpdate("""
                        insert into service_contact (service_id, position, role, name, reach) values (?, ?, ?, ?, ?)""",
                contacts, new int[]{Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
        template.batchUpdate("""
                        insert into dependency (id, service_id, position, key, name, detect_error_rate_percent,
                            detect_latency_ms, detect_window_minutes, timeout_ms, max_retries, backoff_base_ms,
                            backoff_cap_ms, jitter, retry_budget_percent, breaker_failure_rate_percent,
                            breaker_minimum_calls, breaker_open_seconds)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                dependencies, new int[]{Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
                        Types.NUMERIC, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER,
                        Types.INTEGER, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER});
        template.batchUpdate("""
                        insert into path (id, dependency_id, position, key, role, activation, switchover_minutes, capacity_percent)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""", paths,
                new int[]{Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.INTEGER, Types.INTEGER});
        template.batchUpdate("insert into path_requirement (path_id, position, domain_id) values (?, ?, ?)",
                requirements, new int[]{Types.BIGINT, Types.INTEGER, Types.BIGINT});
        template.batchUpdate("""
                        insert into drill (path_id, position, date, result, switchover_minutes, notes)
                        values (?, ?, ?, ?, ?, ?)""", drills,
                new int[]{Types.BIGINT, Types.INTEGER, Types.DATE, Types.VARCHAR, Types.INTEGER, Types.VARCHAR});
        template.batchUpdate("""
                        insert into planned_drill (path_id, position, date, owner, scenario)
                        values (?, ?, ?, ?, ?)""", plannedDrills,
                new int[]{Types.BIGINT, Types.INTEGER, Types.DATE, Types.VARCHAR, Types.VARCHAR});
    }

    private List<Long> nextIds(String sequence, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.sql("select nextval('" + sequence + "') from generate_series(1, ?)").param(count)
                .query(Long.class).list();
    }

    // ---- import of the other sections: delete what the file lacks, after services no longer need it

    void deleteDomainsExcept(Set<String> keys) {
        jdbc.sql("delete from failure_domain where key <> all(?)").param(keys.toArray(String[]::new)).update();
    }

    void deleteProvidersExcept(Set<String> keys) {
        jdbc.sql("delete from provider where key <> all(?)").param(keys.toArray(String[]::new)).update();
    }

    boolean deleteProvider(String key, long version) {
        return jdbc.sql("delete from provider where key = ? and version = ?").params(key, version).update() == 1;
    }

    boolean deleteDomain(String key, long version) {
        return jdbc.sql("delete from failure_domain where key = ? and version = ?").params(key, version).update() == 1;
    }

    // ---- the services grid

    private static final String SERVICE_ROWS = """
            select s.key, s.name, t.key, s.tier, s.rto_minutes, s.mtpd_minutes, s.downtime_cost_per_hour, s.currency,
                   (select count(*) from dependency d where d.service_id = s.id)
            from business_service s join team t on t.id = s.team_id
            where (:f = '' or s.key ilike :like or s.name ilike :like or t.key ilike :like)""";

    List<ServiceRow> findServiceRows(ServiceQuery q) {
        return jdbc.sql(SERVICE_ROWS + " order by " + q.sort().column + (q.descending() ? " desc" : " asc")
                        + ", s.key offset :offset limit :limit")
                .param("f", q.filter()).param("like", Like.containing(q.filter()))
                .param("offset", q.offset()).param("limit", q.limit())
                .query((rs, i) -> new ServiceRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        integer(rs, 5), integer(rs, 6), plain(rs.getBigDecimal(7)), rs.getString(8), rs.getInt(9)))
                .list();
    }

    long countServiceRows(String filter) {
        return jdbc.sql("select count(*) from (" + SERVICE_ROWS + ") x")
                .param("f", filter == null ? "" : filter.trim()).param("like", Like.containing(filter))
                .query(Long.class).single();
    }

    // ---- the dependency grid

    List<DependencyRow> findDependencies(DependencyQuery q) {
        return jdbc.sql(DEPENDENCY_ROWS + " order by " + q.sort().column + (q.descending() ? " desc" : " asc")
                        + ", s.key, d.position offset :offset limit :limit")
                .param("f", q.filter()).param("like", Like.containing(q.filter()))
                .param("offset", q.offset()).param("limit", q.limit())
                .query((rs, i) -> new DependencyRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getString(9)))
                .list();
    }

    long countDependencies(String filter) {
        return jdbc.sql("select count(*) from (" + DEPENDENCY_ROWS + ") x")
                .param("f", filter == null ? "" : filter.trim()).param("like", Like.containing(filter))
                .query(Long.class).single();
    }

    private static final String DEPENDENCY_ROWS = """
            select s.key, s.name, t.key, s.tier, d.key, d.name,
                   (select count(*) from path p where p.dependency_id = d.id),
                   (select count(*) from path p where p.dependency_id = d.id and p.role = 'FALLBACK'),
                   (select string_agg(fd.key, ', ' order by r.position) from path p
                      join path_requirement r on r.path_id = p.id join failure_domain fd on fd.id = r.domain_id
                      where p.dependency_id = d.id and p.role = 'PRIMARY')
            from dependency d join business_service s on s.id = d.service_id join team t on t.id = s.team_id
            where (:f = '' or s.key ilike :like or s.name ilike :like or t.key ilike :like
                   or d.key ilike :like or d.name ilike :like)""";

    Set<String> teamKeys() {
        return keys("team");
    }

    Set<String> providerKeys() {
        return keys("provider");
    }

    Set<String> domainKeys() {
        return keys("failure_domain");
    }

    private Set<String> keys(String table) {
        return jdbc.sql("select key from " + table).query(String.class).list().stream().collect(Collectors.toSet());
    }

    /** True for the first caller ever on this database (the row then exists for good). */
    boolean claimFirstStart() {
        return jdbc.sql("insert into sample_data_state (id, decided_at) values (1, now()) on conflict do nothing")
                .update() == 1;
    }

    long countServices() {
        return jdbc.sql("select count(*) from business_service").query(Long.class).single();
    }

    /** numeric(19,4) gives 12000.0000; the user wrote 12000, and an export must say so again. */
    private static BigDecimal plain(BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
