package com.continuity.security.api;

import com.continuity.security.Team;
import com.continuity.security.TeamService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

import com.continuity.shared.api.ApiChecks;

import java.util.List;

@RestController
@RequestMapping("/api/v1/teams")
class TeamsController {

    private final TeamService teams;

    TeamsController(TeamService teams) {
        this.teams = teams;
    }

    @GetMapping
    List<Team> list() {
        return teams.findAll();
    }

    @GetMapping("/{key}")
    Team get(@PathVariable String key) {
        return teams.get(key);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Team create(@RequestBody Team team) {
        return teams.create(team);
    }

    @PutMapping("/{key}")
    Team update(@PathVariable String key, @RequestBody Team team) {
        return teams.update(new Team(key, team.name(), ApiChecks.requireVersion(team.version())));
    }

    @DeleteMapping("/{key}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String key, @RequestParam long version) {
        teams.delete(key, version);
    }
}
