package com.continuity.inventory.ui;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.InventoryService;
import com.continuity.shared.NotFoundException;
import com.continuity.shared.ui.Forms;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.continuity.reports.ui.ServiceDocuments;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One business service with its impact analysis, its contacts, and its dependencies (with their detection
 * thresholds and client protection), paths and drills, saved as a whole.
 * {@code services/new} creates one. A stale save gets the conflict message and changes nothing.
 */
@Route("services/:key")
@PageTitle("Business service · Continuity")
@PermitAll
public class ServiceEditorView extends VerticalLayout implements BeforeEnterObserver {

    static final String NEW = "new";

    private final InventoryService inventory;

    private final H2 title = new H2();
    private final Paragraph readOnlyNote = new Paragraph();
    private final TextField key = field("Key", "service-key");
    private final TextField name = field("Name", "service-name");
    private final ComboBox<String> team = new ComboBox<>("Team");
    private final IntegerField tier = integer("Tier (1 = mission critical … 4 = low)", "service-tier");
    private final IntegerField rto = integer("RTO (minutes)", "service-rto");
    private final IntegerField rpo = integer("RPO (minutes)", "service-rpo");
    private final IntegerField mtpd = integer("MTPD (minutes)", "service-mtpd");
    private final BigDecimalField cost = new BigDecimalField("Cost of downtime per hour");
    private final TextField currency = field("Currency", "service-currency");
    private final TextField owner = field("Owner", "service-owner");
    private final ContactsEditor contacts = new ContactsEditor();
    private final VerticalLayout dependencyList = new VerticalLayout();
    private final List<DependencyEditor> dependencies = new ArrayList<>();
    private final Button addDependency = new Button("Add dependency");
    private final Button save = new Button("Save service");
    private List<String> domainKeys = List.of();
    private Long version;
    private boolean readOnly;

    private final ServiceDocuments documents;
    private final Div documentLinks = new Div();

    public ServiceEditorView(InventoryService inventory, ServiceDocuments documents) {
        this.inventory = inventory;
        this.documents = documents;
        team.setId("service-team");
        cost.setId("service-cost");
        readOnlyNote.setId("read-only-note");
        readOnlyNote.addClassName("conflict");
        addDependency.setId("add-dependency");
        addDependency.addClickListener(e -> addDependency(null));
        save.setId("save-service");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        FormLayout impact = new FormLayout(key, name, team, tier, rto, rpo, mtpd, cost, currency, owner);
        dependencyList.setPadding(false);
        add(title, documentLinks, readOnlyNote, impact, new H3("Contacts"), contacts, new H3("Dependencies"), dependencyList,
                new HorizontalLayout(addDependency, save, new Button("Back to services",
                        e -> getUI().ifPresent(ui -> ui.navigate(ServicesView.class)))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String requested = event.getRouteParameters().get("key").orElse(NEW);
        domainKeys = inventory.failureDomains().stream().map(FailureDomain::key).toList();
        if (NEW.equals(requested)) {
            show(null);
            return;
        }
        try {
            show(inventory.service(requested));
        } catch (NotFoundException e) {
            Forms.error(e.getMessage());
            event.forwardTo(ServicesView.class);
        }
    }

    private void show(BusinessService s) {
        List<String> writableTeams = inventory.teamsEditableByCurrentUser();
        readOnly = s == null ? writableTeams.isEmpty() : !inventory.canEditServicesOf(s.team());
        // a writer may choose among the teams they may write; a reader sees only the service's own team
        team.setItems(!readOnly ? writableTeams : s == null ? List.of() : List.of(s.team()));
        version = s == null ? null : s.version();
        title.setText(s == null ? "New business service" : s.name());
        documentLinks.removeAll();
        if (s != null) {
            documentLinks.add(documents.links(s));
        }
        key.setValue(s == null ? "" : s.key());
        name.setValue(s == null ? "" : s.name());
        team.setValue(s == null ? writableTeams.stream().findFirst().orElse(null) : s.team());
        tier.setValue(s == null ? 3 : s.tier());
        rto.setValue(s == null ? null : s.rtoMinutes());
        rpo.setValue(s == null ? null : s.rpoMinutes());
        mtpd.setValue(s == null ? null : s.mtpdMinutes());
        cost.setValue(s == null ? null : s.downtimeCostPerHour());
        currency.setValue(s == null || s.currency() == null ? "USD" : s.currency());
        owner.setValue(s == null || s.owner() == null ? "" : s.owner());
        List.<HasValue<?, ?>>of(name, team, tier, rto, rpo, mtpd, cost, currency, owner).forEach(f -> f.setReadOnly(readOnly));
        // a key is an identity: it is typed once, for a new service
        key.setReadOnly(readOnly || s != null);
        contacts.show(s == null ? List.of() : s.contacts(), readOnly);
        dependencies.clear();
        dependencyList.removeAll();
        if (s != null) {
            s.dependencies().forEach(this::addDependency);
        }
        save.setVisible(!readOnly);
        addDependency.setVisible(!readOnly);
        readOnlyNote.setVisible(readOnly);
        readOnlyNote.setText("Read-only: you may not change the services of "
                + (team.getValue() == null ? "any team" : "team '" + team.getValue() + "'") + ".");
    }

    private void addDependency(Dependency d) {
        DependencyEditor editor = new DependencyEditor(d, domainKeys, readOnly, this::removeDependency);
        dependencies.add(editor);
        dependencyList.add(editor);
        renumber();
    }

    private void removeDependency(DependencyEditor editor) {
        dependencies.remove(editor);
        dependencyList.remove(editor);
        renumber();
    }

    /** Ids and error paths follow the position, so they are renumbered after a removal. */
    private void renumber() {
        for (int i = 0; i < dependencies.size(); i++) {
            dependencies.get(i).setIndex(i);
        }
    }

    private void save() {
        BusinessService s = new BusinessService(key.getValue().trim(), name.getValue().trim(), team.getValue(),
                tier.getValue() == null ? 0 : tier.getValue(), rto.getValue(), rpo.getValue(), mtpd.getValue(),
                cost.getValue(), Forms.blankToNull(currency.getValue()), Forms.blankToNull(owner.getValue()),
                contacts.value(), dependencies.stream().map(DependencyEditor::value).toList(), version == null ? 0 : version);
        BusinessService saved = Forms.save(() -> inventory.saveService(s, version), fieldsByPath());
        if (saved == null) {
            return;
        }
        Forms.saved("Saved " + saved.key());
        if (version == null) {
            getUI().ifPresent(ui -> ui.navigate(ServiceEditorView.class, new RouteParameters("key", saved.key())));
        } else {
            show(saved);
        }
    }

    /** Error paths of the validator ({@code dependencies[0].paths[1].requires}) mapped to the fields that show them. */
    private Map<String, HasValidation> fieldsByPath() {
        Map<String, HasValidation> fields = new HashMap<>(Map.<String, HasValidation>of("key", key, "name", name,
                "team", team, "tier", tier, "rtoMinutes", rto, "rpoMinutes", rpo, "mtpdMinutes", mtpd,
                "downtimeCostPerHour", cost, "currency", currency, "owner", owner));
        contacts.collectFields(fields);
        for (int i = 0; i < dependencies.size(); i++) {
            dependencies.get(i).collectFields("dependencies[" + i + "].", fields);
        }
        return fields;
    }

    private static TextField field(String label, String id) {
        TextField f = new TextField(label);
        f.setId(id);
        return f;
    }

    static IntegerField integer(String label, String id) {
        IntegerField f = new IntegerField(label);
        f.setId(id);
        return f;
    }
}
