package com.continuity.sla.ui;

import com.continuity.shared.ConflictException;
import com.continuity.shared.DocumentTooLargeException;
import com.continuity.shared.FieldError;
import com.continuity.shared.NotFoundException;
import com.continuity.shared.ValidationException;
import com.continuity.shared.ui.Forms;
import com.continuity.sla.Contract;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A contract as YAML in a text area, saved through the service that reads the portfolio file, so the messages are
 * the file's: every error is listed with its line and path. A stale save shows the conflict and writes nothing;
 * the text stays as typed, so the change can be applied again to the other person's version.
 */
final class ContractEditor extends VerticalLayout {

    private final TextArea yaml = new TextArea("Contract (YAML, the portfolio file's shape)");
    private final Grid<FieldError> errors = SlaGrids.errors("contract-errors");
    private final Function<InputStream, Contract> save;
    private final Consumer<Contract> saved;

    ContractEditor(String text, Function<InputStream, Contract> save, Consumer<Contract> saved) {
        this.save = save;
        this.saved = saved;
        yaml.setId("contract-yaml");
        yaml.setValue(text);
        yaml.setWidthFull();
        yaml.setMinHeight("24em");
        yaml.setManualValidation(true);
        yaml.addClassName("yaml-editor");
        Button store = new Button("Save contract", e -> save());
        store.setId("save-contract");
        store.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setPadding(false);
        add(yaml, new HorizontalLayout(store), errors);
    }

    /** Replaces the text, e.g. with the stored version after a conflict or a save. */
    void setText(String text) {
        yaml.setValue(text);
        yaml.setInvalid(false);
        errors.setVisible(false);
    }

    private void save() {
        yaml.setInvalid(false);
        errors.setVisible(false);
        try {
            Contract contract = save.apply(new ByteArrayInputStream(yaml.getValue().getBytes(StandardCharsets.UTF_8)));
            Forms.saved("Saved contract " + contract.key());
            saved.accept(contract);
        } catch (ValidationException e) {
            showErrors(e.errors());
        } catch (ConflictException | NotFoundException | DocumentTooLargeException | AccessDeniedException e) {
            Forms.error(e.getMessage());
        }
    }

    private void showErrors(List<FieldError> list) {
        yaml.setErrorMessage(list.size() == 1 ? SlaGrids.describe(list.getFirst())
                : list.size() + " errors, the first: " + SlaGrids.describe(list.getFirst()));
        yaml.setInvalid(true);
        errors.setItems(list);
        errors.setVisible(true);
    }
}
