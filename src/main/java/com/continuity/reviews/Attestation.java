package com.continuity.reviews;

import java.time.Instant;

/**
 * A team's word on one service's recovery objectives: {@code confirmed} when the snapshot's RTO, RPO and MTPD are
 * still right, otherwise the corrected values (which the inventory then holds too).
 */
public record Attestation(String service, String team, boolean confirmed, Integer rtoMinutes, Integer rpoMinutes,
                          Integer mtpdMinutes, String note, String attestedBy, Instant attestedAt) {
}
