package com.continuity.security;

/** Method-security expressions shared by every module's services, so the UI and the REST API cannot differ. */
public final class Permissions {

    public static final String READ = "isAuthenticated()";
    public static final String WRITE_INVENTORY = "hasAnyRole('ADMIN','MANAGER')";
    /** editors also pass; {@link TeamAccess#requireServiceWrite} then checks the team */
    public static final String WRITE_SERVICES = "hasAnyRole('ADMIN','MANAGER','EDITOR')";
    public static final String ADMIN = "hasRole('ADMIN')";
    public static final String READ_AUDIT = "hasAnyRole('ADMIN','AUDITOR')";

    private Permissions() {
    }
}
