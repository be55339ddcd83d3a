/**
 * Provider incidents: manual ones with a timeline, and those imported from Atlassian Statuspage payloads. Their
 * history answers the resilience module's {@code AvailabilitySource}.
 */
package com.continuity.incidents;
