package com.continuity.sla;

import com.continuity.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Credit claims, one per contract and period. Transitions check the version the caller read. */
@Repository
class ClaimRepository {

    private static final String COLUMNS = """
            id, contract_key, contract_name, period, status, amount, currency, deadline, claimed_on, reference,
            received_amount, denied_reason, version""";

    private final JdbcClient jdbc;

    ClaimRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open ones (owed, claimed) first by deadline, then the settled ones, newest period first. */
    List<Claim> findAll() {
        return jdbc.sql("select " + COLUMNS + " from credit_claim order by status in ('owed', 'claimed') desc,"
                + " deadline nulls last, period desc, contract_key").query(ClaimRepository::claim).list();
    }

    /** The claims of these contracts. */
    List<Claim> findByContracts(Collection<String> contracts) {
        return jdbc.sql("select " + COLUMNS + " from credit_claim where contract_key = any(?)")
                .param(contracts.toArray(String[]::new)).query(ClaimRepository::claim).list();
    }

    Optional<Claim> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from credit_claim where id = ?").param(id)
                .query(ClaimRepository::claim).optional();
    }

    Optional<Claim> find(String contract, YearMonth period) {
        return jdbc.sql("select " + COLUMNS + " from credit_claim where contract_key = ? and period = ?")
                .params(contract, period.toString()).query(ClaimRepository::claim).optional();
    }

    /**
     * Records a credit owed, or corrects the amount of one still owed (history changed); claims already acted on
     * are left as they are. Safe when two instances refresh at once.
     */
    void owe(String contract, String contractName, YearMonth period, Money amount, LocalDate deadline) {
        jdbc.sql("""
                        insert into credit_claim (contract_key, contract_name, period, status, amount, currency, deadline)
                        values (?, ?, ?, 'owed', ?, ?, ?)
                        on conflict (contract_key, period) do update set amount = excluded.amount,
                            currency = excluded.currency, deadline = excluded.deadline,
                            contract_name = excluded.contract_name, version = credit_claim.version + 1, changed_at = now()
                        where credit_claim.status = 'owed' and (credit_claim.amount, credit_claim.currency, credit_claim.deadline)
                              is distinct from (excluded.amount, excluded.currency, excluded.deadline)""")
                .params(contract, contractName, period.toString(), amount.amount(), amount.currency(), date(deadline))
                .update();
    }

    /** Withdraws a claim still owed whose period no longer shows a credit (its incidents were corrected). */
    void withdraw(String contract, YearMonth period) {
        jdbc.sql("delete from credit_claim where contract_key = ? and period = ? and status = 'owed'")
                .params(contract, period.toString()).update();
    }

    /**
     * Owed claims of the contract whose deadline has passed on {@code today}, a date in the contract's time zone,
     * become expired; a null contract means the claims of contracts no longer stored. Returns how many.
     */
    int expire(String contract, LocalDate today) {
        return jdbc.sql("""
                        update credit_claim set status = 'expired', version = version + 1, changed_at = now()
                        where status = 'owed' and deadline < ?
                          and (contract_key = ? or (?::text is null
                               and not exists (select 1 from contract c where c.key = credit_claim.contract_key)))""")
                .params(Date.valueOf(today), contract, contract).update();
    }

    /** Moves a claim from one status to another when the version matches; false on a conflict. */
    boolean transition(long id, long version, ClaimStatus from, ClaimStatus to, LocalDate claimedOn, String reference,
                       BigDecimal received, String deniedReason) {
        return jdbc.sql("""
                        update credit_claim set status = ?, claimed_on = coalesce(?, claimed_on),
                            reference = coalesce(?, reference), received_amount = ?, denied_reason = ?,
                            version = version + 1, changed_at = now()
                        where id = ? and version = ? and status = ?""")
                .params(to.fileName(), date(claimedOn), reference, received, deniedReason, id, version, from.fileName())
                .update() == 1;
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static Claim claim(ResultSet rs, int n) throws SQLException {
        String currency = rs.getString("currency");
        Date deadline = rs.getDate("deadline");
        Date claimedOn = rs.getDate("claimed_on");
        BigDecimal received = rs.getBigDecimal("received_amount");
        return new Claim(rs.getLong("id"), rs.getString("contract_key"), rs.getString("contract_name"),
                YearMonth.parse(rs.getString("period")), ClaimStatus.valueOf(rs.getString("status").toUpperCase()),
                new Money(minor(rs.getBigDecimal("amount"), currency), currency),
                deadline == null ? null : deadline.toLocalDate(), claimedOn == null ? null : claimedOn.toLocalDate(),
                rs.getString("reference"), received == null ? null : new Money(minor(received, currency), currency),
                rs.getString("denied_reason"), rs.getLong("version"));
    }

    /** Stored with 4 decimals; shown with the currency's own (USD 244.05, JPY 12). */
    private static BigDecimal minor(BigDecimal amount, String currency) {
        int digits = Money.minorUnits(currency);
        return amount.setScale(Math.max(digits, 0), RoundingMode.UNNECESSARY);
    }
}
