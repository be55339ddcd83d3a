/**
 * Quarterly continuity reviews (DESIGN §6): a snapshot compiled once and stored as data, the change since the
 * previous review of the same scope, action items, the teams' attestations and sign-offs, and the manager's final
 * sign-off, after which the review is read-only.
 */
package com.continuity.reviews;
