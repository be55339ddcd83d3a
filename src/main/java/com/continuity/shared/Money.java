package com.continuity.shared;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;

/**
 * An amount with its currency beside it, as the REST API writes money: {@code {"amount": "123.45", "currency":
 * "USD"}}. The amount is a string in JSON so that no client reads it through a binary double.
 */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {

    /** Null when there is no amount: a cost that was not given. */
    public static Money ofNullable(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount, currency);
    }
}
