package com.continuity.security;

/** What a user may do. The rules themselves live in {@link Permissions} and {@link TeamAccess}. */
public enum Role {
    /** everything, including users and teams */
    ADMIN,
    /** the continuity manager: reads and writes the whole inventory */
    MANAGER,
    /** writes only the services of their own teams, reads the rest */
    EDITOR,
    /** reads */
    VIEWER,
    /** reads everything including the audit log, writes nothing */
    AUDITOR
}
