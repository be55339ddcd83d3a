package com.continuity.reviews;

/**
 * A team's answer for one service: {@code confirmed} when RTO, RPO and MTPD are still right; otherwise the
 * corrected values (null keeps the snapshot's value) and, optionally, why.
 */
public record AttestationInput(Boolean confirmed, Integer rtoMinutes, Integer rpoMinutes, Integer mtpdMinutes,
                               String note) {
}
