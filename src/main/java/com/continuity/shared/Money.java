package com.continuity.shared;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An amount with its currency beside it, as the REST API writes money: {@code {"amount": "123.45", "currency":
 * "USD"}}. The amount is a string in JSON so that no client reads it through a binary double.
 */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {

    /** Digits of the currency's minor unit: 2 for USD, 0 for JPY; where money is rounded, once, at the end. */
    public static int minorUnits(String currency) {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    /** One total per currency, in currency order; absent (null) amounts are skipped. */
    public static List<Money> sumByCurrency(List<Money> amounts) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (Money m : amounts) {
            if (m != null) {
                sums.merge(m.currency(), m.amount(), BigDecimal::add);
            }
        }
        return sums.entrySet().stream().map(e -> new Money(e.getValue(), e.getKey())).toList();
    }

    /** Null when there is no amount: a cost that was not given. */
    public static Money ofNullable(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount, currency);
    }
}
