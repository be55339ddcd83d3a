package com.continuity.shared;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** An amount with its currency beside it. Rounding to the minor unit happens only when asked, once, at the end. */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public Money rounded() {
        return new Money(amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), java.math.RoundingMode.HALF_UP), currency);
    }
}
