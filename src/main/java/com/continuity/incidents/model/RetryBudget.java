package com.continuity.incidents.model;

/**
 * A retry budget (as in Finagle and the SRE book): each first attempt earns {@code ratio} of a token, each retry
 * spends one, and no more than {@code maxTokens} are ever saved. Retries are so at most {@code ratio} of first
 * attempts plus {@code maxTokens}, however long a failure lasts: they can never multiply the load on a page that is
 * already failing. Not thread-safe; its owner synchronises.
 */
public final class RetryBudget {

    private final double ratio;
    private final double maxTokens;
    private double tokens;

    public RetryBudget(double ratio, double maxTokens) {
        if (ratio < 0 || maxTokens < 0) {
            throw new IllegalArgumentException("a retry budget's ratio and tokens cannot be negative");
        }
        this.ratio = ratio;
        this.maxTokens = maxTokens;
    }

    /** Records a first attempt, which earns {@code ratio} of a token. */
    public void attempted() {
        tokens = Math.min(maxTokens, tokens + ratio);
    }

    /** Takes one token for a retry, if there is one. */
    public boolean tryRetry() {
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    public double tokens() {
        return tokens;
    }
}
