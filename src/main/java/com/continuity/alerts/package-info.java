/**
 * Alerts: teams' subscriptions (signed webhooks and e-mail) to what earlier modules publish (incidents opened,
 * updated and resolved, monitoring gaps), an outbox of events written in the same transaction as the fact, and
 * their deliveries, at least once, each event to each subscriber once in normal operation (decision 0010).
 */
package com.continuity.alerts;
