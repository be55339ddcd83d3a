package com.continuity.incidents.monitoring;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The polled pages' state and the monitoring gaps. */
@Repository
class MonitoringRepository {

    private final JdbcClient jdbc;

    MonitoringRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts tracking a page (due at once), or follows a change of its URL; idempotent across instances. */
    void track(String provider, String url, Instant now) {
        jdbc.sql("""
                insert into status_page_state (provider_key, url, next_poll_at) values (?, ?, ?)
                on conflict (provider_key) do update set url = excluded.url, consecutive_failures = 0,
                    next_poll_at = excluded.next_poll_at
                where status_page_state.url <> excluded.url""")
                .params(provider, url, Timestamp.from(now)).update();
    }

    /** Forgets pages whose provider no longer has a status page, and ends their gaps. */
    void untrackAllBut(List<String> providers, Instant now) {
        jdbc.sql("delete from status_page_state where not (provider_key = any(?))")
                .param(providers.toArray(String[]::new)).update();
        jdbc.sql("update monitoring_gap set ended_at = greatest(started_at, ?) where ended_at is null"
                        + " and not (provider_key = any(?))")
                .params(Timestamp.from(now), providers.toArray(String[]::new)).update();
    }

    /**
     * Claims a page that is due: moves its next poll to {@code leaseUntil} in one statement, so that of two
     * instances looking at once only one gets it. Empty when it was not due (or someone else took it).
     */
    Optional<PageState> claimIfDue(String provider, Instant now, Instant leaseUntil) {
        return jdbc.sql("""
                        update status_page_state set next_poll_at = ?
                        where provider_key = ? and next_poll_at <= ?
                        returning provider_key, url, next_poll_at, consecutive_failures, last_polled_at,
                            last_success_at, last_error, polls""")
                .params(Timestamp.from(leaseUntil), provider, Timestamp.from(now))
                .query(MonitoringRepository::state).optional();
    }

    List<String> due(Instant now) {
        return jdbc.sql("select provider_key from status_page_state where next_poll_at <= ? order by next_poll_at")
                .param(Timestamp.from(now)).query(String.class).list();
    }

    void succeeded(String provider, Instant now, Instant next) {
        jdbc.sql("""
                update status_page_state set consecutive_failures = 0, last_polled_at = ?, last_success_at = ?,
                    last_error = null, next_poll_at = ?, polls = polls + 1 where provider_key = ?""")
                .params(Timestamp.from(now), Timestamp.from(now), Timestamp.from(next), provider).update();
    }

    void failed(String provider, int failures, String error, Instant now, Instant next) {
        jdbc.sql("""
                update status_page_state set consecutive_failures = ?, last_polled_at = ?, last_error = ?,
                    next_poll_at = ?, polls = polls + 1 where provider_key = ?""")
                .params(failures, Timestamp.from(now), error, Timestamp.from(next), provider).update();
    }

    /** Opens a gap for the page unless one is open; the new gap's id, or empty when one was already open. */
    Optional<Long> openGap(String provider, String url, String reason, Instant since) {
        Optional<Long> id = jdbc.sql("""
                        insert into monitoring_gap (provider_key, url, started_at, reason) values (?, ?, ?, ?)
                        on conflict (provider_key) where ended_at is null do nothing returning id""")
                .params(provider, url, Timestamp.from(since), reason).query(Long.class).optional();
        if (id.isEmpty()) {
            jdbc.sql("update monitoring_gap set failures = failures + 1, reason = ? where provider_key = ? and ended_at is null")
                    .params(reason, provider).update();
        }
        return id;
    }

    void closeGap(String provider, Instant end) {
        jdbc.sql("update monitoring_gap set ended_at = greatest(started_at, ?) where provider_key = ? and ended_at is null")
                .params(Timestamp.from(end), provider).update();
    }

    List<PageState> states() {
        return jdbc.sql("""
                        select provider_key, url, next_poll_at, consecutive_failures, last_polled_at, last_success_at,
                            last_error, polls from status_page_state order by provider_key""")
                .query(MonitoringRepository::state).list();
    }

    List<MonitoringGap> gaps(int limit) {
        return jdbc.sql("""
                        select id, provider_key, url, started_at, ended_at, reason, failures from monitoring_gap
                        order by ended_at is not null, started_at desc limit ?""")
                .param(limit)
                .query((rs, n) -> new MonitoringGap(rs.getLong("id"), rs.getString("provider_key"), rs.getString("url"),
                        instant(rs, "started_at"), instant(rs, "ended_at"), rs.getString("reason"), rs.getInt("failures")))
                .list();
    }

    private static PageState state(ResultSet rs, int n) throws SQLException {
        return new PageState(rs.getString("provider_key"), rs.getString("url"), instant(rs, "next_poll_at"),
                rs.getInt("consecutive_failures"), instant(rs, "last_polled_at"), instant(rs, "last_success_at"),
                rs.getString("last_error"), rs.getLong("polls"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
