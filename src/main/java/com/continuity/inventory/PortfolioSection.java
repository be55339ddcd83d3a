package com.continuity.inventory;

import com.continuity.inventory.portfolio.SectionFormat;

import java.util.List;

/**
 * A section of the portfolio file that a later module owns and stores (contracts, incidents). The portfolio
 * service exports what it stores and hands it an import's entries inside the import's transaction, after the
 * inventory sections are written, so that an import stays all-or-nothing across modules. Ordered by
 * {@link org.springframework.core.annotation.Order}.
 */
public interface PortfolioSection<T> {

    SectionFormat<T> format();

    /** What is stored, as the file writes it, in a stable order. */
    List<T> stored();

    /** Stores an import's entries: a section decides whether they replace what is stored or are merged by key. */
    void store(List<T> entries);
}
