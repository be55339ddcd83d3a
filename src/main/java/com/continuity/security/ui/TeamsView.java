package com.continuity.security.ui;

import com.continuity.security.CurrentUser;
import com.continuity.security.Team;
import com.continuity.security.TeamService;
import com.continuity.shared.ui.CrudView;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Map;

@Route("teams")
@PageTitle("Teams · Continuity")
@Menu(title = "Teams", order = 2)
@PermitAll
public class TeamsView extends CrudView<Team> {

    private final TeamService teams;
    private final TextField name = new TextField("Name");

    public TeamsView(TeamService teams, CurrentUser currentUser) {
        super("Teams", Team.class, Team::version, currentUser.mayWriteInventory());
        this.teams = teams;
        grid.addColumn(Team::key).setHeader("Key").setSortable(true);
        grid.addColumn(Team::name).setHeader("Name").setSortable(true);
        form.add(key, name);
        init();
    }

    @Override
    protected List<Team> load(String filter) {
        return teams.findAll().stream().filter(t -> matches(filter, t.key(), t.name())).toList();
    }

    @Override
    protected void fill(Team t) {
        key.setValue(t == null ? "" : t.key());
        name.setValue(t == null ? "" : t.name());
    }

    @Override
    protected Team read(long version) {
        return new Team(key.getValue().trim(), name.getValue().trim(), version);
    }

    @Override
    protected Team store(Team t, Long expectedVersion) {
        return expectedVersion == null ? teams.create(t) : teams.update(t);
    }

    @Override
    protected void remove(Team t) {
        teams.delete(t.key(), t.version());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("key", key, "name", name);
    }
}
