package com.continuity.incidents.probes;

import com.continuity.incidents.model.ProbeVerdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Probes and their recent results. */
@Repository
class ProbeRepository {

    private static final String COLUMNS = """
            key, name, team_key, url, provider_key, domains, interval_ms, timeout_ms, latency_threshold_ms,
            error_rate_percent, window_size, created_by, created_at""";
    private static final int KEEP = 100;

    private final JdbcClient jdbc;

    ProbeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Probe> findAll() {
        return jdbc.sql("select " + COLUMNS + " from probe order by key").query(ProbeRepository::probe).list();
    }

    Optional<Probe> find(String key) {
        return jdbc.sql("select " + COLUMNS + " from probe where key = ?").param(key).query(ProbeRepository::probe)
                .optional();
    }

    boolean insert(Probe p, Instant firstCheck) {
        return jdbc.sql("""
                        insert into probe (key, name, team_key, url, provider_key, domains, interval_ms, timeout_ms,
                            latency_threshold_ms, error_rate_percent, window_size, next_check_at, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (key) do nothing""")
                .params(p.key(), p.name(), p.team(), p.url(), p.provider(), p.domains().toArray(String[]::new),
                        p.interval().toMillis(), p.timeout().toMillis(), p.latencyThresholdMillis(),
                        p.errorRatePercent(), p.window(), Timestamp.from(firstCheck), p.createdBy(),
                        Timestamp.from(p.createdAt()))
                .update() == 1;
    }

    boolean delete(String key) {
        return jdbc.sql("delete from probe where key = ?").param(key).update() == 1;
    }

    /** Claims the due probes: their next check moves one interval on, in one statement (one instance gets each). */
    List<Probe> claimDue(Instant now) {
        return jdbc.sql("""
                        update probe set next_check_at = ?::timestamptz + interval_ms * interval '1 millisecond'
                        where next_check_at <= ?""" + " returning " + COLUMNS)
                .params(Timestamp.from(now), Timestamp.from(now)).query(ProbeRepository::probe).list();
    }

    void record(String key, Instant at, boolean ok, Integer status, long latencyMillis, String error) {
        jdbc.sql("""
                        insert into probe_result (probe_id, at, ok, status, latency_ms, error)
                        select id, ?, ?, ?, ?, ? from probe where key = ? on conflict do nothing""")
                .params(Timestamp.from(at), ok, status, latencyMillis, error, key).update();
        jdbc.sql("""
                        delete from probe_result where probe_id = (select id from probe where key = ?) and at < (
                            select min(at) from (select at from probe_result r join probe p on p.id = r.probe_id
                                                 where p.key = ? order by at desc limit ?) newest)""")
                .params(key, key, KEEP).update();
    }

    /** The probe's recent checks, oldest first. */
    List<ProbeVerdict.Check> recent(String key, int limit) {
        List<ProbeVerdict.Check> out = new ArrayList<>(jdbc.sql("""
                        select r.ok, r.latency_ms from probe_result r join probe p on p.id = r.probe_id
                        where p.key = ? order by r.at desc limit ?""")
                .params(key, limit).query((rs, n) -> new ProbeVerdict.Check(rs.getBoolean(1), rs.getLong(2))).list());
        Collections.reverse(out);
        return out;
    }

    private static Probe probe(ResultSet rs, int n) throws SQLException {
        return new Probe(rs.getString("key"), rs.getString("name"), rs.getString("team_key"), rs.getString("url"),
                rs.getString("provider_key"), strings(rs.getArray("domains")),
                Duration.ofMillis(rs.getLong("interval_ms")), Duration.ofMillis(rs.getLong("timeout_ms")),
                rs.getLong("latency_threshold_ms"), rs.getDouble("error_rate_percent"), rs.getInt("window_size"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
