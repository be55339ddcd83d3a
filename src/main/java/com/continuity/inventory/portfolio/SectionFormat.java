package com.continuity.inventory.portfolio;

import com.continuity.inventory.Portfolio;
import com.continuity.shared.FieldError;

import java.util.List;
import java.util.Map;

/**
 * How a section of the portfolio file that a later module owns (contracts, incidents) is read, checked and written.
 * The inventory owns the file and this interface, so it never depends on those modules; they implement it. Plain
 * Java, like the rest of the format, so the format can be tested without a container.
 *
 * @param <T> one entry of the section
 */
public interface SectionFormat<T> {

    /** The top-level field, e.g. {@code contracts}. */
    String name();

    /** One entry in words, for messages: "contract". */
    String what();

    /** The fields an entry may have, in the order they are written. */
    List<String> fields();

    /** Reads one entry; problems go to {@code entry}, and the value read is then null or partial. */
    T read(Fields entry);

    /**
     * Checks the entries against each other and the inventory of the same file. Paths start with the section,
     * e.g. {@code contracts[0].covers[1]}; the reader adds the line.
     */
    List<FieldError> check(List<T> entries, Portfolio inventory);

    /** The entry in file shape, as {@link PortfolioReader} reads it back into an equal record. */
    Map<String, Object> write(T entry);
}
