package com.continuity.incidents;

import com.continuity.incidents.model.Impact;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Incidents with their timelines and component intervals. An incident and its children are written together;
 * updates check the version the caller read, so that a stale save changes nothing.
 */
@Repository
class IncidentRepository {

    private static final String COLUMNS = """
            id, key, provider_key, title, impact, source, external_id, link, started_at, ended_at, affects, notes, version""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    IncidentRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Newest first. */
    List<Incident> findAll() {
        return load(jdbc.sql("select " + COLUMNS + " from incident order by started_at desc, key")
                .query(IncidentRepository::row).list());
    }

    /** Incidents whose window touches [from, to): open ones count as lasting. */
    List<Incident> findTouching(Instant from, Instant to) {
        return load(jdbc.sql("select " + COLUMNS + " from incident where started_at < ? and (ended_at is null or ended_at > ?)"
                        + " order by started_at, key")
                .params(Timestamp.from(to), Timestamp.from(from)).query(IncidentRepository::row).list());
    }

    Optional<Incident> findByKey(String key) {
        return load(jdbc.sql("select " + COLUMNS + " from incident where key = ?").param(key)
                .query(IncidentRepository::row).list()).stream().findFirst();
    }

    Optional<Incident> findByExternalId(String provider, String externalId) {
        return load(jdbc.sql("select " + COLUMNS + " from incident where provider_key = ? and external_id = ?")
                .params(provider, externalId).query(IncidentRepository::row).list()).stream().findFirst();
    }

    /**
     * The newest open incident whose external id starts with {@code prefix}, of {@code provider} (any provider when
     * null): the one a poll's component states or a probe keeps up to date.
     */
    Optional<Incident> findOpenByExternalIdPrefix(String provider, String prefix) {
        return load(jdbc.sql("select " + COLUMNS + " from incident where external_id like ? and ended_at is null"
                        + " and (?::text is null or provider_key = ?) order by started_at desc limit 1")
                .params(prefix.replace("%", "\\%").replace("_", "\\_") + "%", provider, provider)
                .query(IncidentRepository::row).list())
                .stream().findFirst();
    }

    /**
     * The newest open incident of probe {@code probeKey}: external id exactly {@code probe-<key>-<epoch s>}, so that
     * probe {@code api} never takes the incident of probe {@code api-eu} ({@code probe-api-eu-<epoch s>}).
     */
    Optional<Incident> findOpenOfProbe(String probeKey) {
        String prefix = "probe-" + probeKey + "-";
        return load(jdbc.sql("select " + COLUMNS + " from incident where external_id like ? and external_id ~ ?"
                        + " and ended_at is null order by started_at desc limit 1")
                .params(prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",
                        "^" + regexLiteral(prefix) + "[0-9]+$")
                .query(IncidentRepository::row).list())
                .stream().findFirst();
    }

    /** {@code text} as a PostgreSQL regular expression matching exactly it: every non-alphanumeric escaped. */
    static String regexLiteral(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c)) {
                out.append('\\');
            }
            out.appendCodePoint(c);
        });
        return out.toString();
    }

    /** A fingerprint of the whole table that changes with every write, for caches of derived figures. */
    String fingerprint() {
        return jdbc.sql("select count(*) || ':' || coalesce(max(changed_at)::text, '') || ':' || coalesce(sum(version), 0) from incident")
                .query(String.class).single();
    }

    void insert(Incident i) {
        long id = jdbc.sql("""
                        insert into incident (key, provider_key, title, impact, source, external_id, link, started_at,
                            ended_at, affects, notes)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(i.key(), i.provider(), i.title(), i.impact().fileName(), i.source().fileName(), i.externalId(),
                        i.link(), Timestamp.from(i.start()), timestamp(i.end()), i.affects().toArray(String[]::new),
                        i.notes())
                .query(Long.class).single();
        writeChildren(id, i);
    }

    /** Updates when {@code expectedVersion} matches (any version when null); false on a conflict. */
    boolean update(Incident i, Long expectedVersion) {
        List<Long> ids = jdbc.sql("""
                        update incident set provider_key = ?, title = ?, impact = ?, source = ?, external_id = ?,
                            link = ?, started_at = ?, ended_at = ?, affects = ?, notes = ?, version = version + 1,
                            changed_at = now()
                        where key = ? and (?::bigint is null or version = ?) returning id""")
                .params(i.provider(), i.title(), i.impact().fileName(), i.source().fileName(), i.externalId(), i.link(),
                        Timestamp.from(i.start()), timestamp(i.end()), i.affects().toArray(String[]::new), i.notes(),
                        i.key(), expectedVersion, expectedVersion)
                .query(Long.class).list();
        if (ids.isEmpty()) {
            return false;
        }
        jdbc.sql("delete from incident_update where incident_id = ?").param(ids.getFirst()).update();
        jdbc.sql("delete from incident_component where incident_id = ?").param(ids.getFirst()).update();
        writeChildren(ids.getFirst(), i);
        return true;
    }

    boolean delete(String key, long version) {
        return jdbc.sql("delete from incident where key = ? and version = ?").params(key, version).update() == 1;
    }

    private void writeChildren(long id, Incident i) {
        List<Object[]> updates = new ArrayList<>();
        for (int n = 0; n < i.updates().size(); n++) {
            IncidentUpdate u = i.updates().get(n);
            updates.add(new Object[]{id, n, Timestamp.from(u.at()), u.status(), u.body()});
        }
        template.batchUpdate("insert into incident_update (incident_id, position, at, status, body) values (?, ?, ?, ?, ?)",
                updates);
        List<Object[]> components = new ArrayList<>();
        for (int n = 0; n < i.components().size(); n++) {
            ComponentOutage c = i.components().get(n);
            components.add(new Object[]{id, n, c.component(), c.impact().fileName(), Timestamp.from(c.start()),
                    timestamp(c.end())});
        }
        template.batchUpdate("""
                insert into incident_component (incident_id, position, component, impact, started_at, ended_at)
                values (?, ?, ?, ?, ?, ?)""", components);
    }

    private record Row(long id, Incident incident) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), new Incident(rs.getString("key"), rs.getString("provider_key"),
                rs.getString("title"), Impact.of(rs.getString("impact")), IncidentSource.of(rs.getString("source")),
                rs.getString("external_id"), rs.getString("link"), instant(rs, "started_at"), instant(rs, "ended_at"),
                strings(rs.getArray("affects")), List.of(), List.of(), rs.getString("notes"), rs.getLong("version")));
    }

    /** Fills in the timelines and component intervals of the rows, two queries for all of them. */
    private List<Incident> load(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
        Map<Long, List<IncidentUpdate>> updates = new HashMap<>();
        jdbc.sql("select incident_id, at, status, body from incident_update where incident_id = any(?) order by incident_id, position")
                .param(ids).query(rs -> {
                    updates.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new IncidentUpdate(instant(rs, "at"), rs.getString(3), rs.getString(4)));
                });
        Map<Long, List<ComponentOutage>> components = new HashMap<>();
        jdbc.sql("""
                        select incident_id, component, impact, started_at, ended_at from incident_component
                        where incident_id = any(?) order by incident_id, position""")
                .param(ids).query(rs -> {
                    components.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new ComponentOutage(rs.getString(2), Impact.of(rs.getString(3)),
                                    instant(rs, "started_at"), instant(rs, "ended_at")));
                });
        Map<Long, Incident> out = new LinkedHashMap<>();
        for (Row r : rows) {
            Incident i = r.incident();
            out.put(r.id(), new Incident(i.key(), i.provider(), i.title(), i.impact(), i.source(), i.externalId(),
                    i.link(), i.start(), i.end(), i.affects(), components.getOrDefault(r.id(), List.of()),
                    updates.getOrDefault(r.id(), List.of()), i.notes(), i.version()));
        }
        return List.copyOf(out.values());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
