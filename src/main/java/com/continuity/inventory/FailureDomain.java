package com.continuity.inventory;

import java.util.List;

/**
 * Anything whose failure takes down everything that requires it. {@code availability} is the probability of
 * being up, in (0, 1], or null when it should come from incident history or the default.
 */
public record FailureDomain(String key, String name, DomainKind kind, String provider, Double availability,
                            List<String> statusComponents, long version) {

    public FailureDomain {
        statusComponents = statusComponents == null ? List.of() : List.copyOf(statusComponents);
    }

    public FailureDomain(String key, String name, DomainKind kind, String provider, Double availability,
                         List<String> statusComponents) {
        this(key, name, kind, provider, availability, statusComponents, 0);
    }
}
