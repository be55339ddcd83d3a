package com.continuity.alerts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Subscriptions, the outbox of events, and the deliveries. */
@Repository
class AlertRepository {

    private static final String SUBSCRIPTION = """
            id, kind, target, format, team_key, events, domains, services, created_by, created_at""";

    private final JdbcClient jdbc;

    AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Subscription s, String secret) {
        return jdbc.sql("""
                        insert into alert_subscription (kind, target, secret, format, team_key, events, domains, services,
                            created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(s.kind(), s.target(), secret, s.format(), s.team(),
                        s.events().stream().map(AlertType::fileName).toArray(String[]::new),
                        s.domains().toArray(String[]::new), s.services().toArray(String[]::new), s.createdBy(),
                        Timestamp.from(s.createdAt()))
                .query(Long.class).single();
    }

    List<Subscription> subscriptions() {
        return jdbc.sql("select " + SUBSCRIPTION + " from alert_subscription where active order by id")
                .query(AlertRepository::subscription).list();
    }

    Optional<Subscription> subscription(long id) {
        return jdbc.sql("select " + SUBSCRIPTION + " from alert_subscription where id = ? and active").param(id)
                .query(AlertRepository::subscription).optional();
    }

    Optional<String> secret(long id) {
        return jdbc.sql("select secret from alert_subscription where id = ?").param(id).query(String.class).optional();
    }

    /** Stops a subscription; its delivery log stays. Pending deliveries to it are dropped. */
    boolean deactivate(long id) {
        jdbc.sql("update alert_delivery set status = 'failed', last_error = 'the subscription was deleted'"
                + " where subscription_id = ? and status = 'pending'").param(id).update();
        return jdbc.sql("update alert_subscription set active = false where id = ? and active").param(id).update() == 1;
    }

    void insertEvent(UUID id, AlertType type, String subject, Instant at, String summary, String payload, Instant now) {
        jdbc.sql("""
                        insert into alert_event (id, type, subject, occurred_at, summary, payload, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, type.fileName(), subject, Timestamp.from(at), summary, payload, Timestamp.from(now)).update();
    }

    void insertDelivery(UUID event, long subscription, Instant due) {
        jdbc.sql("""
                        insert into alert_delivery (event_id, subscription_id, next_attempt_at) values (?, ?, ?)
                        on conflict (event_id, subscription_id) do nothing""")
                .params(event, subscription, Timestamp.from(due)).update();
    }

    record Claimed(long id, UUID event, long subscription, int attempts) {
    }

    /**
     * Claims up to {@code limit} due deliveries for this instance: their next attempt moves to {@code leaseUntil},
     * so another instance takes them only if this one never reports back. SKIP LOCKED: instances claiming at once
     * get different rows.
     */
    List<Claimed> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                        update alert_delivery d set attempts = attempts + 1, last_attempt_at = ?, next_attempt_at = ?
                        where id in (select id from alert_delivery where status = 'pending' and next_attempt_at <= ?
                                     order by next_attempt_at, id limit ? for update skip locked)
                        returning d.id, d.event_id, d.subscription_id, d.attempts""")
                .params(Timestamp.from(now), Timestamp.from(leaseUntil), Timestamp.from(now), limit)
                .query((rs, n) -> new Claimed(rs.getLong(1), rs.getObject(2, UUID.class), rs.getLong(3), rs.getInt(4)))
                .list();
    }

    record Event(UUID id, AlertType type, String summary, String payload) {
    }

    Optional<Event> event(UUID id) {
        return jdbc.sql("select id, type, summary, payload from alert_event where id = ?").param(id)
                .query((rs, n) -> new Event(rs.getObject(1, UUID.class), AlertType.of(rs.getString(2)), rs.getString(3),
                        rs.getString(4))).optional();
    }

    /*
     * The outcomes of an attempt. Each names its claim (the delivery and the attempt number the claim gave it) and
     * is written only while that claim is the newest and the delivery still pending: a late outcome from a claim
     * whose lease ended, and that another instance has claimed again since, changes nothing. False when so.
     */

    boolean delivered(AlertRepository.Claimed claim, Integer status, Instant at) {
        return jdbc.sql("update alert_delivery set status = 'delivered', last_status = ?, last_error = null,"
                        + " delivered_at = ? where id = ? and status = 'pending' and attempts = ?")
                .params(status, Timestamp.from(at), claim.id(), claim.attempts()).update() == 1;
    }

    boolean retryLater(AlertRepository.Claimed claim, Integer status, String error, Instant next) {
        return jdbc.sql("update alert_delivery set last_status = ?, last_error = ?, next_attempt_at = ?"
                        + " where id = ? and status = 'pending' and attempts = ?")
                .params(status, error, Timestamp.from(next), claim.id(), claim.attempts()).update() == 1;
    }

    boolean gaveUp(AlertRepository.Claimed claim, Integer status, String error) {
        return jdbc.sql("update alert_delivery set status = 'failed', last_status = ?, last_error = ?"
                        + " where id = ? and status = 'pending' and attempts = ?")
                .params(status, error, claim.id(), claim.attempts()).update() == 1;
    }

    List<Delivery> deliveries(Long subscription, int limit) {
        return jdbc.sql("""
                        select d.id, d.event_id, e.type, e.summary, d.subscription_id, s.kind, s.target, d.status,
                            d.attempts, d.next_attempt_at, d.last_attempt_at, d.last_status, d.last_error, d.delivered_at
                        from alert_delivery d join alert_event e on e.id = d.event_id
                            join alert_subscription s on s.id = d.subscription_id
                        where (?::bigint is null or d.subscription_id = ?)
                        order by e.created_at desc, d.id desc limit ?""")
                .params(subscription, subscription, limit)
                .query((rs, n) -> new Delivery(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9),
                        instant(rs, 10), instant(rs, 11), (Integer) rs.getObject(12), rs.getString(13), instant(rs, 14)))
                .list();
    }

    /**
     * Records that {@code key} is now raised at {@code value}; true when that is new (not raised before, or at another
     * value), so the caller raises an alert. Atomic: of two checks at once only one sees true.
     */
    boolean raise(String key, String value, Instant now) {
        return jdbc.sql("""
                        insert into alert_state (key, value, changed_at) values (?, ?, ?)
                        on conflict (key) do update set value = excluded.value, changed_at = excluded.changed_at
                        where alert_state.value <> excluded.value returning key""")
                .params(key, value, Timestamp.from(now)).query(String.class).optional().isPresent();
    }

    /** Forgets raised conditions under {@code prefix} other than {@code keep}: they ended, and may alert again. */
    void clearExcept(String prefix, java.util.Collection<String> keep) {
        jdbc.sql("delete from alert_state where key like ? and not (key = any(?))")
                .params(prefix + "%", keep.toArray(String[]::new)).update();
    }

    private static Subscription subscription(ResultSet rs, int n) throws SQLException {
        return new Subscription(rs.getLong("id"), rs.getString("kind"), rs.getString("target"), rs.getString("format"),
                rs.getString("team_key"), strings(rs.getArray("events")).stream().map(AlertType::of).toList(),
                strings(rs.getArray("domains")), strings(rs.getArray("services")), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
