package com.continuity.sla;

import com.continuity.shared.Money;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** The credit owed for one contract's SLA period, and what has been done about it. */
public record Claim(long id, String contract, String contractName, YearMonth period, ClaimStatus status, Money amount,
                    LocalDate deadline, LocalDate claimedOn, String reference, Money received, String deniedReason,
                    long version) {

    /** Days left to claim on {@code today}; negative once the deadline has passed, null without a deadline. */
    public Long daysLeft(LocalDate today) {
        return deadline == null ? null : ChronoUnit.DAYS.between(today, deadline);
    }
}
