package com.continuity.security;

/** What the UI may offer the current user; only a hint: the services decide. */
public final class CurrentUserRights {

    private CurrentUserRights() {
    }

    public static boolean mayWriteInventory() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.MANAGER);
    }
}
