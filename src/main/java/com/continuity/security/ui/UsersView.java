package com.continuity.security.ui;

import com.continuity.security.Role;
import com.continuity.security.Team;
import com.continuity.security.TeamService;
import com.continuity.security.UserAccount;
import com.continuity.security.UserService;
import com.continuity.shared.ui.Forms;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;

/** Admin: users, their role and the teams they belong to. */
@Route("admin/users")
@PageTitle("Users · Continuity")
@Menu(title = "Users (admin)", order = 40)
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    private final UserService users;
    private final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);
    private final TextField username = new TextField("Username");
    private final Select<Role> role = new Select<>();
    private final MultiSelectComboBox<String> teams = new MultiSelectComboBox<>("Teams");
    private final Checkbox enabled = new Checkbox("Enabled", true);
    private final PasswordField password = new PasswordField("Password (blank keeps the current one)");
    private UserAccount editing;

    public UsersView(UserService users, TeamService teamService) {
        this.users = users;
        setSizeFull();
        role.setLabel("Role");
        role.setItems(Role.values());
        teams.setItems(teamService.findAll().stream().map(Team::key).toList());
        grid.addColumn(UserAccount::username).setHeader("Username").setSortable(true);
        grid.addColumn(UserAccount::role).setHeader("Role").setSortable(true);
        grid.addColumn(u -> String.join(", ", u.teams().stream().sorted().toList())).setHeader("Teams");
        grid.addColumn(u -> u.enabled() ? "yes" : "no").setHeader("Enabled");
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        Button save = new Button("Save", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button create = new Button("New user", e -> edit(null));
        FormLayout form = new FormLayout(username, role, teams, enabled, password);
        SplitLayout split = new SplitLayout(new VerticalLayout(create, grid), new VerticalLayout(form, save));
        split.setSizeFull();
        add(new H2("Users"), split);
        refresh();
        edit(null);
    }

    private void edit(UserAccount u) {
        editing = u;
        username.setValue(u == null ? "" : u.username());
        username.setReadOnly(u != null);
        role.setValue(u == null ? Role.VIEWER : u.role());
        teams.setValue(u == null ? java.util.Set.of() : u.teams());
        enabled.setValue(u == null || u.enabled());
        password.clear();
    }

    private void save() {
        UserAccount value = new UserAccount(username.getValue().trim(), role.getValue(), enabled.getValue(),
                teams.getValue(), editing == null ? 0 : editing.version());
        UserAccount saved = Forms.save(() -> editing == null ? users.create(value, password.getValue())
                : users.update(value, password.getValue()), Map.of("username", username, "password", password));
        if (saved != null) {
            Forms.saved("Saved " + saved.username());
            refresh();
            edit(saved);
        }
    }

    private void refresh() {
        grid.setItems(users.findAll());
    }
}
