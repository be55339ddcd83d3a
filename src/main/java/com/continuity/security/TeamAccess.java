package com.continuity.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The team rule for editors: they write only the services of the teams they belong to. */
@Component
public class TeamAccess {

    private final UserRepository users;
    private final CurrentUser currentUser;

    TeamAccess(UserRepository users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    /** Throws unless the current user may write a service owned by {@code teamKey}. */
    public void requireServiceWrite(String teamKey) {
        if (!canWriteServiceOf(teamKey)) {
            throw new AccessDeniedException("You may change only the services of your own teams; '" + teamKey
                    + "' is not one of them.");
        }
    }

    /**
     * Throws unless the current user may print the operational documents of a service of {@code teamKey}:
     * runbooks and checklists carry the team's contacts and its failover plan, so they are for the team itself and
     * for those who oversee every team (admins, managers, auditors).
     */
    public void requireOperationalRead(String teamKey) {
        if (!canReadOperationalDocumentsOf(teamKey)) {
            throw new AccessDeniedException("Runbooks and checklists are for the service's own team; '" + teamKey
                    + "' is not one of yours.");
        }
    }

    public boolean canReadOperationalDocumentsOf(String teamKey) {
        if (currentUser.mayWriteInventory() || currentUser.hasRole(Role.AUDITOR)) {
            return true;
        }
        return users.find(currentUser.name()).map(u -> u.account().teams().contains(teamKey)).orElse(false);
    }

    public boolean canWriteServiceOf(String teamKey) {
        if (currentUser.mayWriteInventory()) {
            return true;
        }
        return currentUser.hasRole(Role.EDITOR) && users.find(currentUser.name())
                .map(u -> u.account().teams().contains(teamKey))
                .orElse(false);
    }
}
