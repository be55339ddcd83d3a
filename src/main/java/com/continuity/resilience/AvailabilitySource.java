package com.continuity.resilience;

import com.continuity.inventory.FailureDomain;

import java.time.Instant;
import java.util.OptionalDouble;

/**
 * Availability of a failure domain learnt elsewhere, such as from incident history over the trailing 90 days.
 * Resilience owns this interface so that it never depends on the modules that answer it (incidents does).
 * Asked only for domains whose portfolio entry gives no availability.
 */
public interface AvailabilitySource {

    /** Empty when this source knows nothing about the domain. */
    OptionalDouble availability(FailureDomain domain, Instant now);
}
