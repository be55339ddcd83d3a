package com.continuity.inventory.ui;

import com.continuity.inventory.ImportResult;
import com.continuity.inventory.PortfolioService;
import com.continuity.security.CurrentUser;
import com.continuity.shared.DocumentTooLargeException;
import com.continuity.shared.FieldError;
import com.continuity.shared.ValidationException;
import com.continuity.shared.ui.Forms;
import com.continuity.shared.ui.Uploads;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import java.nio.charset.StandardCharsets;

/** Download the whole inventory as YAML or JSON; managers upload one to replace it, all or nothing. */
@Route("portfolio")
@PageTitle("Portfolio file · Continuity")
@Menu(title = "Portfolio file", order = 6)
@PermitAll
public class PortfolioView extends VerticalLayout {

    private final PortfolioService portfolio;
    private final Paragraph outcome = new Paragraph();
    private final Grid<FieldError> errors = new Grid<>(FieldError.class, false);

    public PortfolioView(PortfolioService portfolio, CurrentUser currentUser) {
        this.portfolio = portfolio;
        Anchor yaml = download("portfolio.yaml", "application/yaml", PortfolioService.Format.YAML, "Download YAML");
        Anchor json = download("portfolio.json", "application/json", PortfolioService.Format.JSON, "Download JSON");
        add(new H2("Portfolio file"), new Paragraph("The whole inventory (apiVersion continuity/v1) as one document. "
                + "The format is described in the README."), new HorizontalLayout(yaml, json));
        if (currentUser.mayWriteInventory()) {
            addImport();
        }
    }

    private Anchor download(String fileName, String contentType, PortfolioService.Format format, String text) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = portfolio.export(format).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }), text);
        a.setId("download-" + format.name().toLowerCase());
        return a;
    }

    private void addImport() {
        Upload upload = Uploads.inMemory("portfolio-upload", this::importBytes, ".yaml", ".yml", ".json");
        outcome.setId("import-outcome");
        errors.setId("import-errors");
        errors.addColumn(FieldError::line).setHeader("Line").setAutoWidth(true);
        errors.addColumn(FieldError::path).setHeader("Path").setAutoWidth(true);
        errors.addColumn(FieldError::message).setHeader("Problem").setFlexGrow(3);
        errors.setVisible(false);
        add(new H3("Import"), new Paragraph("Importing replaces the whole inventory, contracts included, with the "
                + "file; incidents are added or updated, never deleted. If anything in the file is wrong, nothing changes and every error is listed with its line."),
                upload, outcome, errors);
    }

    private void importBytes(byte[] bytes) {
        errors.setVisible(false);
        try {
            ImportResult r = portfolio.importDocument(new ByteArrayInputStream(bytes));
            outcome.setText("Imported: " + r.teams() + " teams, " + r.providers() + " providers, "
                    + r.failureDomains() + " failure domains, " + r.services() + " services, " + r.dependencies()
                    + " dependencies, " + r.paths() + " paths, " + r.drills() + " drills, " + r.plannedDrills()
                    + " planned drills"
                    + r.sections().entrySet().stream().map(e -> ", " + e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining()) + ".");
        } catch (ValidationException e) {
            outcome.setText("Nothing was imported: the file has " + e.errors().size() + " error(s).");
            errors.setItems(e.errors());
            errors.setVisible(true);
        } catch (DocumentTooLargeException | AccessDeniedException e) {
            outcome.setText("Nothing was imported: " + e.getMessage());
        }
    }
}
