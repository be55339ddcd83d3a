/**
 * Contracts with their SLOs and credit policies, SLA periods, credits owed and the claims that follow them.
 */
package com.continuity.sla;
