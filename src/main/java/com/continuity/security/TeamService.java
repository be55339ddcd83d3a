package com.continuity.security;

import com.continuity.shared.ConflictException;
import com.continuity.shared.FieldError;
import com.continuity.shared.NotFoundException;
import com.continuity.shared.ValidationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Teams: everybody reads them; admins and managers change them. */
@Service
public class TeamService {

    private final TeamRepository teams;
    private final AuditLog audit;

    TeamService(TeamRepository teams, AuditLog audit) {
        this.teams = teams;
        this.audit = audit;
    }

    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public List<Team> findAll() {
        return teams.findAll();
    }

    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public Team get(String key) {
        return teams.find(key).orElseThrow(() -> new NotFoundException("Team", key));
    }

    @PreAuthorize(Permissions.WRITE_INVENTORY)
    @Transactional
    public Team create(Team team) {
        validate(team);
        if (teams.find(team.key()).isPresent()) {
            throw new ValidationException(List.of(new FieldError("key", "a team with key '" + team.key() + "' exists already")));
        }
        teams.insert(team);
        Team created = get(team.key());
        audit.record("create", "team", team.key(), null, created);
        return created;
    }

    @PreAuthorize(Permissions.WRITE_INVENTORY)
    @Transactional
    public Team update(Team team) {
        validate(team);
        Team before = get(team.key());
        if (!teams.update(team)) {
            throw new ConflictException("Team", team.key());
        }
        Team after = get(team.key());
        audit.record("update", "team", team.key(), before, after);
        return after;
    }

    @PreAuthorize(Permissions.WRITE_INVENTORY)
    @Transactional
    public void delete(String key, long version) {
        Team before = get(key);
        try {
            if (!teams.delete(key, version)) {
                throw new ConflictException("Team", key);
            }
        } catch (DataIntegrityViolationException e) {
            throw new ValidationException(List.of(new FieldError("key",
                    "team '" + key + "' still owns business services; move or delete them first")));
        }
        audit.record("delete", "team", key, before, null);
    }

    /** Part of a portfolio import: inserts or renames these teams by key. The caller audits the import. */
    @PreAuthorize(Permissions.WRITE_INVENTORY)
    @Transactional
    public void upsertAll(List<Team> newTeams) {
        newTeams.forEach(teams::upsert);
    }

    /** Part of a portfolio import, once no service needs them: removes the teams the file lacks. */
    @PreAuthorize(Permissions.WRITE_INVENTORY)
    @Transactional
    public void deleteAllExcept(List<String> keys) {
        teams.deleteAllExcept(keys);
    }

    static void validate(Team team) {
        List<FieldError> errors = team.problems("");
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
