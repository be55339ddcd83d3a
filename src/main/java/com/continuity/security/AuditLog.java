package com.continuity.security;

import com.continuity.shared.Like;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * The append-only record of every change to the inventory. A database trigger refuses updates and deletes, so
 * not even the application can rewrite history. Entries join the caller's transaction: a change that rolls back
 * leaves no entry.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;
    private final Clock clock;
    private final CurrentUser currentUser;

    AuditLog(JdbcClient jdbc, JdbcTemplate template, JsonMapper json, Clock clock, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entity, String entityKey, Object before, Object after) {
        record(List.of(new AuditChange(action, entity, entityKey, before, after)));
    }

    /** Writes many changes at once, all with the same time and actor: an import is one act. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(List<AuditChange> changes) {
        Timestamp at = Timestamp.from(clock.instant());
        String actor = currentUser.name();
        template.batchUpdate("""
                        insert into audit_log (at, actor, action, entity, entity_key, before, after)
                        values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""", changes, 500, (ps, c) -> {
                    ps.setTimestamp(1, at);
                    ps.setString(2, actor);
                    ps.setString(3, c.action());
                    ps.setString(4, c.entity());
                    ps.setString(5, c.entityKey());
                    ps.setString(6, toJson(c.before()));
                    ps.setString(7, toJson(c.after()));
                });
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof String s ? s : json.writeValueAsString(value);
    }

    private static final String MATCHING = """
            where (:f = '' or actor ilike :like or entity ilike :like or entity_key ilike :like or action ilike :like)""";

    @PreAuthorize(Permissions.READ_AUDIT)
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(String filter, int offset, int limit) {
        return jdbc.sql("select id, at, actor, action, entity, entity_key, before::text, after::text from audit_log "
                        + MATCHING + " order by id desc offset :offset limit :limit")
                .param("f", filter == null ? "" : filter.trim())
                .param("like", Like.containing(filter))
                .param("offset", offset).param("limit", limit)
                .query((rs, i) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }

    @PreAuthorize(Permissions.READ_AUDIT)
    @Transactional(readOnly = true)
    public long count(String filter) {
        return jdbc.sql("select count(*) from audit_log " + MATCHING)
                .param("f", filter == null ? "" : filter.trim())
                .param("like", Like.containing(filter))
                .query(Long.class).single();
    }
}
