package com.continuity.sla;

import com.continuity.shared.Money;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Money owed and not yet claimed, money claimed and awaited, and money lost (expired unclaimed), each per currency;
 * the owed claims by deadline, soonest first; and all the claims, as {@link ClaimService#claims()} lists them.
 */
public record ClaimSummary(List<Money> owed, List<Money> awaited, List<Money> expired, List<Claim> upcoming,
                           List<Claim> claims, LocalDate today) {

    static ClaimSummary of(List<Claim> claims, LocalDate today) {
        return new ClaimSummary(sum(claims, ClaimStatus.OWED), sum(claims, ClaimStatus.CLAIMED),
                sum(claims, ClaimStatus.EXPIRED),
                claims.stream().filter(c -> c.status() == ClaimStatus.OWED && c.deadline() != null)
                        .sorted(Comparator.comparing(Claim::deadline)).toList(), claims, today);
    }

    private static List<Money> sum(List<Claim> claims, ClaimStatus status) {
        return Money.sumByCurrency(claims.stream().filter(c -> c.status() == status).map(Claim::amount).toList());
    }
}
