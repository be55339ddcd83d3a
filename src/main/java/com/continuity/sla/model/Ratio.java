package com.continuity.sla.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact fraction of two decimals, so that uptime (a rational number) can be compared with band edges and rounded
 * to money exactly once. The denominator is positive.
 */
record Ratio(BigDecimal num, BigDecimal den) implements Comparable<Ratio> {

    /** Scale of figures shown to people when they do not terminate sooner. */
    static final int DISPLAY_SCALE = 12;
    static final Ratio ZERO = new Ratio(BigDecimal.ZERO, BigDecimal.ONE);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    Ratio {
        if (den.signum() <= 0) {
            throw new ArithmeticException("denominator must be positive: " + den);
        }
    }

    static Ratio of(long num, long den) {
        return new Ratio(BigDecimal.valueOf(num), BigDecimal.valueOf(den));
    }

    static Ratio of(BigDecimal value) {
        return new Ratio(value, BigDecimal.ONE);
    }

    Ratio times(BigDecimal factor) {
        return new Ratio(num.multiply(factor), den);
    }

    Ratio times(Ratio other) {
        return new Ratio(num.multiply(other.num), den.multiply(other.den));
    }

    Ratio over(BigDecimal divisor) {
        return divisor.signum() < 0 ? new Ratio(num.negate(), den.multiply(divisor.negate()))
                : new Ratio(num, den.multiply(divisor));
    }

    Ratio over(Ratio divisor) {
        return times(new Ratio(divisor.den, BigDecimal.ONE)).over(divisor.num);
    }

    Ratio plus(Ratio other) {
        // Equal denominators are the common case (seconds of one grid): keep them small.
        return den.compareTo(other.den) == 0 ? new Ratio(num.add(other.num), den)
                : new Ratio(num.multiply(other.den).add(other.num.multiply(den)), den.multiply(other.den));
    }

    Ratio minus(Ratio other) {
        return plus(new Ratio(other.num.negate(), other.den));
    }

    int signum() {
        return num.signum();
    }

    @Override
    public int compareTo(Ratio other) {
        return num.multiply(other.den).compareTo(other.num.multiply(den));
    }

    int compareTo(BigDecimal value) {
        return num.compareTo(value.multiply(den));
    }

    Ratio min(Ratio other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** The one rounding of money: half-up to {@code scale} decimals. */
    BigDecimal round(int scale) {
        return num.divide(den, scale, RoundingMode.HALF_UP);
    }

    /** Rounded up to a whole number. */
    BigDecimal ceil() {
        return num.divide(den, 0, RoundingMode.CEILING);
    }

    /**
     * To sum many fractions with unrelated denominators without their product growing: 34 significant digits, and
     * exact whenever the fraction terminates within them.
     */
    BigDecimal decimal128() {
        return den.compareTo(BigDecimal.ONE) == 0 ? num : num.divide(den, MathContext.DECIMAL128);
    }

    /** For display: exact when it terminates within {@link #DISPLAY_SCALE} decimals, else rounded half-up to them. */
    BigDecimal decimal() {
        BigDecimal q = round(DISPLAY_SCALE);
        if (q.multiply(den).compareTo(num) != 0) {
            return q;
        }
        BigDecimal exact = q.stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0, RoundingMode.UNNECESSARY) : exact;
    }
}
