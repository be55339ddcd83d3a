package com.continuity.incidents.ui;

import com.continuity.incidents.Incident;
import com.continuity.incidents.IncidentService;
import com.continuity.incidents.IncidentSource;
import com.continuity.incidents.StatusImportResult;
import com.continuity.incidents.model.Impact;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.InventoryService;
import com.continuity.inventory.Provider;
import com.continuity.security.CurrentUser;
import com.continuity.shared.ConflictException;
import com.continuity.shared.DocumentTooLargeException;
import com.continuity.shared.FieldError;
import com.continuity.shared.ValidationException;
import com.continuity.shared.ui.Forms;
import com.continuity.shared.ui.Uploads;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Provider incidents, newest first, each linked to its page. Managers enter one by hand, or import a provider's
 * Statuspage v2 payload (incidents.json or summary.json): what was created, updated and which of the page's
 * components no failure domain maps are listed; a refused payload names the field at fault and changes nothing.
 */
@Route("incidents")
@PageTitle("Incidents · Continuity")
@Menu(title = "Incidents", order = 20)
@PermitAll
public class IncidentsView extends VerticalLayout {

    private final IncidentService incidents;
    private final InventoryService inventory;
    private final Grid<Incident> grid = new Grid<>(Incident.class, false);

    private final TextField key = new TextField("Key");
    private final ComboBox<Provider> provider = new ComboBox<>("Provider");
    private final TextField title = new TextField("Title");
    private final Select<Impact> impact = new Select<>();
    private final DateTimePicker start = new DateTimePicker("Start (UTC)");
    private final MultiSelectComboBox<String> affects = new MultiSelectComboBox<>("Affects failure domains");
    private final TextArea notes = new TextArea("Notes");

    private final ComboBox<Provider> importProvider = new ComboBox<>("Provider whose status page this is");
    private final Paragraph importOutcome = new Paragraph();
    private final Div importDetails = new Div();
    private final Grid<FieldError> importErrors = new Grid<>(FieldError.class, false);

    public IncidentsView(IncidentService incidents, InventoryService inventory, CurrentUser currentUser) {
        this.incidents = incidents;
        this.inventory = inventory;
        setWidthFull();
        add(new H2("Incidents"), new Paragraph("Provider incidents, newest first: entered by hand or imported from "
                + "the provider's status page. Open one to see what it did to our services."), grid());
        refresh();
        if (currentUser.mayWriteInventory()) {
            addNewIncidentForm();
            addStatusImport();
        }
    }

    private Grid<Incident> grid() {
        grid.setId("incidents-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.addColumn(i -> IncidentText.time(i.start())).setHeader("Start").setAutoWidth(true);
        grid.addColumn(Incident::provider).setHeader("Provider").setAutoWidth(true);
        grid.addComponentColumn(i -> {
            RouterLink link = new RouterLink(i.title(), IncidentView.class, new RouteParameters("key", i.key()));
            link.setId("incident-link-" + i.key());
            return link;
        }).setHeader("Title").setFlexGrow(3);
        grid.addColumn(i -> IncidentText.impact(i.impact())).setHeader("Impact").setAutoWidth(true);
        grid.addComponentColumn(i -> IncidentText.state(i, "state-" + i.key())).setHeader("State").setAutoWidth(true);
        grid.addColumn(i -> IncidentText.source(i.source())).setHeader("Source").setAutoWidth(true);
        grid.addColumn(i -> IncidentText.duration(i.start(), i.end())).setHeader("Duration").setAutoWidth(true);
        grid.getColumns().forEach(c -> c.setResizable(true));
        return grid;
    }

    private void refresh() {
        grid.setItems(incidents.incidents());
    }

    private List<Provider> providers() {
        return inventory.providers();
    }

    private static void providerBox(ComboBox<Provider> box, List<Provider> providers) {
        box.setItems(providers);
        box.setItemLabelGenerator(p -> p.name() + " (" + p.key() + ")");
    }

    // ---- a new incident by hand

    private void addNewIncidentForm() {
        key.setId("incident-key");
        key.setHelperText("Lower-case letters, digits and dashes, e.g. openai-2026-06-10");
        providerBox(provider, providers());
        provider.setId("incident-provider");
        provider.setClearButtonVisible(true);
        title.setId("incident-title");
        impact.setLabel("Impact");
        impact.setId("incident-impact");
        impact.setItems(Impact.values());
        impact.setItemLabelGenerator(IncidentText::impact);
        impact.setEmptySelectionAllowed(true);
        start.setId("incident-start");
        affects.setId("incident-affects");
        affects.setItems(inventory.failureDomains().stream().map(FailureDomain::key).sorted().toList());
        affects.setHelperText("Failure domains impaired for the whole incident, at its impact");
        notes.setId("incident-notes");
        Button create = new Button("Create incident", e -> create());
        create.setId("create-incident");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(key, provider, title, impact, start, affects, notes);
        form.setColspan(notes, 2);
        VerticalLayout box = new VerticalLayout(new H3("New incident"), form, create);
        box.setId("new-incident");
        box.setPadding(false);
        add(box);
    }

    private void create() {
        Incident incident = new Incident(key.getValue().trim(), provider.getValue() == null ? null
                : provider.getValue().key(), Forms.blankToNull(title.getValue()), impact.getValue(),
                IncidentSource.MANUAL, null, null,
                start.getValue() == null ? null : start.getValue().toInstant(ZoneOffset.UTC), null,
                List.copyOf(affects.getValue()), List.of(), List.of(), Forms.blankToNull(notes.getValue()), 0);
        Incident saved = Forms.save(() -> incidents.save(incident, null), Map.<String, HasValidation>of(
                "key", key, "provider", provider, "title", title, "impact", impact, "start", start,
                "affects", affects, "notes", notes));
        if (saved != null) {
            Forms.saved("Incident " + saved.key() + " created");
            key.clear();
            title.clear();
            impact.clear();
            start.clear();
            affects.clear();
            notes.clear();
            refresh();
        }
    }

    // ---- import from a status page

    private void addStatusImport() {
        providerBox(importProvider, providers());
        importProvider.setId("import-provider");
        importProvider.setWidth("24em");
        Upload upload = Uploads.inMemory("status-upload", this::importBytes, ".json", "application/json");
        importOutcome.setId("status-import-outcome");
        importDetails.setId("status-import-details");
        importErrors.setId("status-import-errors");
        importErrors.addColumn(FieldError::path).setHeader("Path").setAutoWidth(true);
        importErrors.addColumn(FieldError::message).setHeader("Problem").setFlexGrow(3);
        importErrors.setAllRowsVisible(true);
        importErrors.setVisible(false);
        VerticalLayout box = new VerticalLayout(new H3("Import from a status page"),
                new Paragraph("Pick the provider, then upload its Statuspage v2 incidents.json or summary.json "
                        + "(for example https://www.githubstatus.com/api/v2/incidents.json). An incident imported "
                        + "before is updated, never duplicated. If the file is not such a payload, nothing changes."),
                importProvider, upload, importOutcome, importDetails, importErrors);
        box.setId("status-import");
        box.setPadding(false);
        add(box);
    }

    private void importBytes(byte[] bytes) {
        importErrors.setVisible(false);
        importDetails.removeAll();
        importProvider.setInvalid(false);
        String providerKey = importProvider.getValue() == null ? null : importProvider.getValue().key();
        try {
            StatusImportResult r = incidents.importStatusPage(providerKey, new ByteArrayInputStream(bytes));
            importOutcome.setText("Imported for " + r.provider() + ": " + r.created().size() + " created, "
                    + r.updated().size() + " updated.");
            importDetails.add(keys("Created", r.created(), "status-import-created"),
                    keys("Updated", r.updated(), "status-import-updated"),
                    unmapped(r.unmapped()));
            refresh();
        } catch (ValidationException e) {
            importOutcome.setText("Nothing was imported: " + String.join("; ", e.errors().stream()
                    .map(err -> err.path() + ": " + err.message()).toList()));
            e.errors().stream().filter(err -> err.path().equals("provider")).findFirst().ifPresent(err -> {
                importProvider.setErrorMessage(err.message());
                importProvider.setInvalid(true);
            });
            importErrors.setItems(e.errors());
            importErrors.setVisible(true);
        } catch (DocumentTooLargeException | AccessDeniedException | ConflictException e) {
            importOutcome.setText("Nothing was imported: " + e.getMessage());
        }
    }

    /** "Created: github-69sb0f8lydp4, …" with each key linked to its incident; "Created: none". */
    private static Paragraph keys(String label, List<String> keys, String id) {
        Paragraph p = new Paragraph(label + ": ");
        p.setId(id);
        if (keys.isEmpty()) {
            p.add(new Span("none"));
        }
        for (int i = 0; i < keys.size(); i++) {
            RouterLink link = new RouterLink(keys.get(i), IncidentView.class, new RouteParameters("key", keys.get(i)));
            link.setId("imported-" + keys.get(i));
            p.add(link);
            if (i + 1 < keys.size()) {
                p.add(new Span(", "));
            }
        }
        return p;
    }

    private static Paragraph unmapped(List<String> components) {
        Paragraph p = new Paragraph(components.isEmpty()
                ? "Every component of the page maps to a failure domain."
                : "Components no failure domain of the provider maps (add them to a domain's status components to "
                + "count them): " + String.join(", ", components));
        p.setId("status-import-unmapped");
        return p;
    }
}
