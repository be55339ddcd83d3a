package com.continuity.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
class TeamRepository {

    private final JdbcClient jdbc;

    TeamRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Team> findAll() {
        return jdbc.sql("select key, name, version from team order by id").query(Team.class).list();
    }

    Optional<Team> find(String key) {
        return jdbc.sql("select key, name, version from team where key = ?").param(key).query(Team.class).optional();
    }

    void insert(Team team) {
        jdbc.sql("insert into team (key, name) values (?, ?)").params(team.key(), team.name()).update();
    }

    /** @return false when the stored version differs from the one the caller read */
    boolean update(Team team) {
        return jdbc.sql("update team set name = ?, version = version + 1 where key = ? and version = ?")
                .params(team.name(), team.key(), team.version()).update() == 1;
    }

    /** Inserts or renames by key, keeping ids so that references survive an import. */
    void upsert(Team team) {
        jdbc.sql("""
                insert into team (key, name) values (?, ?)
                on conflict (key) do update set name = excluded.name, version = team.version + 1
                where team.name is distinct from excluded.name""").params(team.key(), team.name()).update();
    }

    boolean delete(String key, long version) {
        return jdbc.sql("delete from team where key = ? and version = ?").params(key, version).update() == 1;
    }

    /** Memberships of the deleted teams go with them (on delete cascade). */
    void deleteAllExcept(List<String> keys) {
        jdbc.sql("delete from team where key <> all(?)").param(keys.toArray(String[]::new)).update();
    }
}
