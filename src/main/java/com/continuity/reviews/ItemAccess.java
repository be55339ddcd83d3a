package com.continuity.reviews;

import java.util.Map;
import java.util.Set;

/**
 * Who may raise and change a review's action items, worked out once per review and user: an item about a service
 * belongs to its team's editors; any other item is raised by an editor of a team in scope and changed by whoever
 * raised it; managers may do everything.
 *
 * @param teamOfService each service of the review's snapshot with its team
 * @param writableTeams the teams in scope whose services the user may write
 */
public record ItemAccess(Map<String, String> teamOfService, Set<String> writableTeams, boolean manager, String user) {

    public ItemAccess {
        teamOfService = Map.copyOf(teamOfService);
        writableTeams = Set.copyOf(writableTeams);
    }

    /** @param service the service the item is about, or null */
    public boolean mayRaise(String service) {
        if (manager) {
            return true;
        }
        return service == null ? !writableTeams.isEmpty() : writes(service);
    }

    public boolean mayChange(ActionItem item) {
        if (manager) {
            return true;
        }
        return item.service() == null ? item.createdBy().equals(user) : writes(item.service());
    }

    /** A service not in the review belongs to no team the user writes. */
    private boolean writes(String service) {
        String team = teamOfService.get(service);
        return team != null && writableTeams.contains(team);
    }
}
