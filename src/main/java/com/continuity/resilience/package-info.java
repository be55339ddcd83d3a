/**
 * Resilience: fault trees of business services over failure domains, minimal cut sets, exact unavailability on
 * paper and in practice, risk scores, blast radius and what-if. The computing model is plain Java in
 * {@code model}; {@link com.continuity.resilience.ResilienceService} feeds it from the inventory. Availability from
 * incident history arrives through {@link com.continuity.resilience.AvailabilitySource}, which a later module
 * implements.
 */
package com.continuity.resilience;
