package com.continuity.sla;

import com.continuity.inventory.portfolio.PortfolioReader;
import com.continuity.inventory.portfolio.PortfolioWriter;
import com.continuity.sla.model.ContractTerms;
import com.continuity.sla.model.ErrorSample;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Contracts and their error-rate samples. A contract's terms are stored as its portfolio-file entry (JSON) and read
 * back by the file's own reader, so the table never drifts from the format; the provider and the covered domains
 * are also columns with foreign keys, so the inventory cannot delete them from under a contract.
 */
@Repository
class ContractRepository {

    private static final ContractFormat FORMAT = new ContractFormat();

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ContractRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    List<Contract> findAll() {
        return jdbc.sql("select terms, version from contract order by key").query(ContractRepository::contract).list();
    }

    Optional<Contract> findByKey(String key) {
        return jdbc.sql("select terms, version from contract where key = ?").param(key)
                .query(ContractRepository::contract).optional();
    }

    private static Contract contract(ResultSet rs, int n) throws SQLException {
        byte[] json = rs.getString(1).getBytes(StandardCharsets.UTF_8);
        return new Contract(PortfolioReader.readDocument(json, FORMAT.what(), FORMAT.fields(), FORMAT::read),
                rs.getLong(2));
    }

    /** Inserts, or updates when {@code expectedVersion} matches (any version when null); false on a conflict. */
    boolean save(ContractTerms c, Long expectedVersion, boolean insert) {
        String terms = PortfolioWriter.toJson(FORMAT.write(c));
        int rows;
        if (insert) {
            rows = jdbc.sql("""
                            insert into contract (key, name, provider_id, monthly_fee, currency, time_zone, terms)
                            values (?, ?, (select id from provider where key = ?), ?, ?, ?, ?)""")
                    .params(c.key(), c.name(), c.provider(), c.monthlyFee(), c.currency(), c.timeZone().getId(), terms)
                    .update();
        } else {
            rows = jdbc.sql("""
                            update contract set name = ?, provider_id = (select id from provider where key = ?),
                                monthly_fee = ?, currency = ?, time_zone = ?, terms = ?, version = version + 1
                            where key = ? and (?::bigint is null or version = ?)""")
                    .params(c.name(), c.provider(), c.monthlyFee(), c.currency(), c.timeZone().getId(), terms,
                            c.key(), expectedVersion, expectedVersion)
                    .update();
        }
        if (rows == 1) {
            jdbc.sql("delete from contract_cover where contract_id = (select id from contract where key = ?)")
                    .param(c.key()).update();
            template.batchUpdate("""
                    insert into contract_cover (contract_id, domain_id)
                    select c.id, d.id from contract c, failure_domain d where c.key = ? and d.key = ?""",
                    c.covers().stream().map(d -> new Object[]{c.key(), d}).toList());
        }
        return rows == 1;
    }

    /** Makes the stored contracts equal {@code contracts}: the portfolio import's replace. */
    void replaceAll(List<ContractTerms> contracts) {
        Set<String> keep = new HashSet<>();
        for (ContractTerms c : contracts) {
            keep.add(c.key());
            if (!save(c, null, false)) {
                save(c, null, true);
            }
        }
        jdbc.sql("delete from contract where not (key = any(?))").param(keep.toArray(String[]::new)).update();
    }

    boolean delete(String key, long version) {
        return jdbc.sql("delete from contract where key = ? and version = ?").params(key, version).update() == 1;
    }

    // ---- error-rate samples

    /** Adds samples, replacing any stored sample that starts at the same time: importing a file twice is harmless. */
    void upsertSamples(String contractKey, List<ErrorSample> samples) {
        template.batchUpdate("""
                        insert into error_sample (contract_id, started_at, ended_at, total, failed)
                        values ((select id from contract where key = ?), ?, ?, ?, ?)
                        on conflict (contract_id, started_at) do update set ended_at = excluded.ended_at,
                            total = excluded.total, failed = excluded.failed""",
                samples, 1000, (ps, s) -> {
                    ps.setString(1, contractKey);
                    ps.setTimestamp(2, Timestamp.from(s.start()));
                    ps.setTimestamp(3, Timestamp.from(s.end()));
                    ps.setLong(4, s.total());
                    ps.setLong(5, s.failed());
                });
    }

    /** The samples of these contracts that touch [from, to), by contract key, each list by start: one query. */
    Map<String, List<ErrorSample>> findSamples(Collection<String> contractKeys, Instant from, Instant to) {
        Map<String, List<ErrorSample>> out = new HashMap<>();
        jdbc.sql("""
                        select c.key, s.started_at, s.ended_at, s.total, s.failed
                        from error_sample s join contract c on c.id = s.contract_id
                        where c.key = any(?) and s.started_at < ? and s.ended_at > ? order by c.key, s.started_at""")
                .params(contractKeys.toArray(String[]::new), Timestamp.from(to), Timestamp.from(from))
                .query(rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ErrorSample(
                            rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(), rs.getLong(4), rs.getLong(5)));
                });
        return out;
    }

    long countSamples(String contractKey) {
        return jdbc.sql("select count(*) from error_sample s join contract c on c.id = s.contract_id where c.key = ?")
                .param(contractKey).query(Long.class).single();
    }
}
