/** Users, roles, teams and membership, login, method-security expressions, and the append-only audit log. */
package com.continuity.security;
