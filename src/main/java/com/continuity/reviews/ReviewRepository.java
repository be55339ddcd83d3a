package com.continuity.reviews;

import com.continuity.reviews.model.Quarter;
import com.continuity.reviews.model.Snapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reviews with their snapshot (JSON), attestations, sign-offs and action items. */
@Repository
class ReviewRepository {

    private static final String REVIEW = "id, quarter, team_key, status, opened_by, opened_at, signed_at, version";
    private static final String ITEM = """
            id, review_id, title, service_key, contract_key, finding, owner, due, status, created_by, created_at,
            version""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        // its own mapper: the stored snapshots must not change form when the web's JSON settings do
        this.json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    /** Every review without its snapshot, newest quarter first. */
    List<Review> findAll() {
        return jdbc.sql("select " + REVIEW + ", null as snapshot from review order by quarter desc, team_key nulls first")
                .query(this::review).list();
    }

    Optional<Review> find(long id) {
        return jdbc.sql("select " + REVIEW + ", snapshot::text as snapshot from review where id = ?").param(id)
                .query(this::review).optional();
    }

    /** The review, locked until the transaction ends: every change to a review goes through this. */
    Optional<Review> lock(long id) {
        return jdbc.sql("select " + REVIEW + ", snapshot::text as snapshot from review where id = ? for update")
                .param(id).query(this::review).optional();
    }

    boolean exists(Quarter quarter, String team) {
        return jdbc.sql("select count(*) from review where quarter = ? and coalesce(team_key, '') = coalesce(?, '')")
                .params(quarter.toString(), team).query(Long.class).single() > 0;
    }

    /** The latest review of the same scope before {@code quarter}, with its snapshot. */
    Optional<Review> previous(Quarter quarter, String team) {
        return jdbc.sql("select " + REVIEW + ", snapshot::text as snapshot from review where quarter < ?"
                        + " and coalesce(team_key, '') = coalesce(?, '') order by quarter desc limit 1")
                .params(quarter.toString(), team).query(this::review).optional();
    }

    /** The snapshots of the same scope before {@code quarter}, oldest first, at most {@code limit}. */
    List<Snapshot> earlierSnapshots(Quarter quarter, String team, int limit) {
        List<Snapshot> newestFirst = jdbc.sql("select snapshot::text from review where quarter < ?"
                        + " and coalesce(team_key, '') = coalesce(?, '') order by quarter desc limit ?")
                .params(quarter.toString(), team, limit).query(String.class).list().stream()
                .map(s -> json.readValue(s, Snapshot.class)).toList();
        return newestFirst.reversed();
    }

    /** Stores a new review; the unique index refuses a second one of the same quarter and scope. */
    long insert(Quarter quarter, String team, String openedBy, Instant openedAt, Snapshot snapshot) {
        return jdbc.sql("""
                        insert into review (quarter, team_key, opened_by, opened_at, snapshot)
                        values (?, ?, ?, ?, cast(? as jsonb)) returning id""")
                .params(quarter.toString(), team, openedBy, Timestamp.from(openedAt), json.writeValueAsString(snapshot))
                .query(Long.class).single();
    }

    void sign(long id, Instant at, List<ActionItem> items) {
        jdbc.sql("update review set status = 'signed', signed_at = ?, signed_items = cast(? as jsonb),"
                        + " version = version + 1 where id = ?")
                .params(Timestamp.from(at), json.writeValueAsString(items), id).update();
    }

    /** The action items as the manager signed them; empty for an open review. */
    Optional<List<ActionItem>> signedItems(long id) {
        return jdbc.sql("select signed_items::text from review where id = ? and signed_items is not null").param(id)
                .query(String.class).optional()
                .map(s -> json.readValue(s, new TypeReference<List<ActionItem>>() {
                }));
    }

    // ---- attestations and sign-offs

    List<Attestation> attestations(long review) {
        return jdbc.sql("""
                        select service_key, team_key, confirmed, rto_minutes, rpo_minutes, mtpd_minutes, note,
                               attested_by, attested_at
                        from review_attestation where review_id = ? order by team_key, service_key""")
                .param(review).query((rs, n) -> new Attestation(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        integer(rs, 4), integer(rs, 5), integer(rs, 6), rs.getString(7), rs.getString(8),
                        rs.getTimestamp(9).toInstant())).list();
    }

    /** Records the attestation, replacing an earlier one of the same service in this review. */
    void attest(long review, Attestation a) {
        jdbc.sql("""
                        insert into review_attestation (review_id, service_key, team_key, confirmed, rto_minutes,
                            rpo_minutes, mtpd_minutes, note, attested_by, attested_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (review_id, service_key) do update set confirmed = excluded.confirmed,
                            rto_minutes = excluded.rto_minutes, rpo_minutes = excluded.rpo_minutes,
                            mtpd_minutes = excluded.mtpd_minutes, note = excluded.note,
                            attested_by = excluded.attested_by, attested_at = excluded.attested_at""")
                .params(review, a.service(), a.team(), a.confirmed(), a.rtoMinutes(), a.rpoMinutes(),
                        a.mtpdMinutes(), a.note(), a.attestedBy(), Timestamp.from(a.attestedAt()))
                .update();
    }

    List<SignOff> signOffs(long review) {
        return jdbc.sql("select team_key, signed_by, signed_at from review_signoff where review_id = ?"
                        + " order by signed_at, team_key").param(review)
                .query((rs, n) -> new SignOff(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    void signOff(long review, SignOff s) {
        jdbc.sql("insert into review_signoff (review_id, team_key, signed_by, signed_at) values (?, ?, ?, ?)")
                .params(review, s.team(), s.signedBy(), Timestamp.from(s.signedAt())).update();
    }

    // ---- action items

    /**
     * The items raised in the review, and those carried into it: raised in an earlier quarter's review of the same
     * scope, and still open or in progress, or changed since this review was opened (closed during it). Worked out
     * when read, so an item raised in an earlier review that is still open is never left behind.
     */
    List<ActionItem> items(Review review) {
        return jdbc.sql("select " + ITEM + " from action_item where review_id = ? or review_id in"
                        + " (select id from review where quarter < ? and coalesce(team_key, '') = coalesce(?, ''))"
                        + " and (status in ('open', 'in-progress') or changed_at > ?) order by id")
                .params(review.id(), review.quarter().toString(), review.team(), Timestamp.from(review.openedAt()))
                .query(ReviewRepository::item).list();
    }

    Optional<ActionItem> item(long id) {
        return jdbc.sql("select " + ITEM + " from action_item where id = ?").param(id)
                .query(ReviewRepository::item).optional();
    }

    long insertItem(ActionItem i) {
        return jdbc.sql("""
                        insert into action_item (review_id, title, service_key, contract_key, finding, owner, due,
                            status, created_by, created_at, changed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(i.review(), i.title(), i.service(), i.contract(), i.finding(), i.owner(), Date.valueOf(i.due()),
                        i.status().fileName(), i.createdBy(), Timestamp.from(i.createdAt()),
                        Timestamp.from(i.createdAt()))
                .query(Long.class).single();
    }

    /** Saves the item if it is still at {@code version}; false when someone else saved it first. */
    boolean updateItem(ActionItem i, long version, Instant at) {
        return jdbc.sql("""
                        update action_item set title = ?, owner = ?, due = ?, status = ?, changed_at = ?,
                            version = version + 1
                        where id = ? and version = ?""")
                .params(i.title(), i.owner(), Date.valueOf(i.due()), i.status().fileName(), Timestamp.from(at), i.id(),
                        version)
                .update() == 1;
    }

    // ---- rows

    private Review review(ResultSet rs, int n) throws SQLException {
        String snapshot = rs.getString("snapshot");
        Timestamp signed = rs.getTimestamp("signed_at");
        return new Review(rs.getLong("id"), Quarter.parse(rs.getString("quarter")), rs.getString("team_key"),
                ReviewStatus.valueOf(rs.getString("status").toUpperCase()), rs.getString("opened_by"),
                rs.getTimestamp("opened_at").toInstant(), signed == null ? null : signed.toInstant(),
                snapshot == null ? null : json.readValue(snapshot, Snapshot.class), rs.getLong("version"));
    }

    private static ActionItem item(ResultSet rs, int n) throws SQLException {
        return new ActionItem(rs.getLong("id"), rs.getLong("review_id"), rs.getString("title"),
                rs.getString("service_key"), rs.getString("contract_key"), rs.getString("finding"),
                rs.getString("owner"), rs.getObject("due", LocalDate.class), ActionStatus.of(rs.getString("status")),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
