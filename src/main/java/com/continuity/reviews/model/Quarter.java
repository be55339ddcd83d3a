package com.continuity.reviews.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code 2026-Q4}: October to December 2026. Years 1000 to 2999, four digits. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("([12]\\d{3})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("a quarter is numbered 1 to 4, not " + number);
        }
    }

    /** @throws IllegalArgumentException naming the expected form when {@code text} is not like 2026-Q4 */
    @JsonCreator
    public static Quarter parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("a quarter is written like 2026-Q4, not '" + text + "'");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, (number - 1) * 3 + 1);
    }

    public List<YearMonth> months() {
        return List.of(firstMonth(), firstMonth().plusMonths(1), firstMonth().plusMonths(2));
    }

    /** The first day of the quarter. */
    public LocalDate start() {
        return firstMonth().atDay(1);
    }

    /** The first day after the quarter. */
    public LocalDate end() {
        return firstMonth().plusMonths(3).atDay(1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    @Override
    public int compareTo(Quarter o) {
        return Integer.compare(year * 4 + number, o.year * 4 + o.number);
    }

    @JsonValue
    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
