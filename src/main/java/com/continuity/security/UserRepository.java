package com.continuity.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@Repository
class UserRepository {

    private static final String SELECT = """
            select u.username, u.role, u.enabled, u.version, u.password_hash,
                   coalesce(array_agg(t.key order by t.key) filter (where t.key is not null), '{}') as teams
            from app_user u
            left join user_team ut on ut.user_id = u.id
            left join team t on t.id = ut.team_id
            """;

    record StoredUser(UserAccount account, String passwordHash) {
    }

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredUser> find(String username) {
        return jdbc.sql(SELECT + " where u.username = ? group by u.id").param(username).query((rs, i) -> new StoredUser(
                new UserAccount(rs.getString("username"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
                        new HashSet<>(Arrays.asList((String[]) rs.getArray("teams").getArray())), rs.getLong("version")),
                rs.getString("password_hash"))).optional();
    }

    List<UserAccount> findAll() {
        return jdbc.sql(SELECT + " group by u.id order by u.username").query((rs, i) -> new UserAccount(
                rs.getString("username"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
                new HashSet<>(Arrays.asList((String[]) rs.getArray("teams").getArray())), rs.getLong("version"))).list();
    }

    boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Long.class).single() > 0;
    }

    void insert(UserAccount user, String passwordHash) {
        jdbc.sql("insert into app_user (username, password_hash, role, enabled) values (?, ?, ?, ?)")
                .params(user.username(), passwordHash, user.role().name(), user.enabled()).update();
        replaceTeams(user.username(), user.teams());
    }

    /** @return false when the stored version differs from the one the caller read */
    boolean update(UserAccount user, String newPasswordHashOrNull) {
        int n = jdbc.sql("""
                        update app_user set role = ?, enabled = ?, password_hash = coalesce(?, password_hash),
                               version = version + 1
                        where username = ? and version = ?""")
                .params(user.role().name(), user.enabled(), newPasswordHashOrNull, user.username(), user.version())
                .update();
        if (n == 1) {
            replaceTeams(user.username(), user.teams());
        }
        return n == 1;
    }

    private void replaceTeams(String username, Set<String> teams) {
        jdbc.sql("delete from user_team where user_id = (select id from app_user where username = ?)").param(username).update();
        for (String team : teams) {
            jdbc.sql("""
                    insert into user_team (user_id, team_id)
                    select u.id, t.id from app_user u, team t where u.username = ? and t.key = ?""")
                    .params(username, team).update();
        }
    }

    long countEnabledAdmins() {
        return jdbc.sql("select count(*) from app_user where role = 'ADMIN' and enabled").query(Long.class).single();
    }
}
