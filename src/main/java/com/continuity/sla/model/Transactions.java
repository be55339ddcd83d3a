package com.continuity.sla.model;

/** Requests of a whole period, for the transactions method. */
public record Transactions(long total, long failed) {

    public Transactions {
        if (total < 0 || failed < 0 || failed > total) {
            throw new IllegalArgumentException("transactions need 0 <= failed <= total, got failed " + failed + " of "
                    + total);
        }
    }
}
