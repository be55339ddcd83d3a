package com.continuity.inventory.ui;

import com.continuity.inventory.Activation;
import com.continuity.inventory.Drill;
import com.continuity.inventory.DrillResult;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A path of a dependency: its role, how a fallback is activated, the failure domains it requires, its drills. */
class PathEditor extends VerticalLayout {

    private final TextField key = new TextField("Path key");
    private final Select<PathRole> role = new Select<>();
    private final Select<Activation> activation = new Select<>();
    private final IntegerField switchover = new IntegerField("Switchover (min)");
    private final IntegerField capacity = new IntegerField("Capacity %");
    private final MultiSelectComboBox<String> requires = new MultiSelectComboBox<>("Requires (failure domains)");
    private final VerticalLayout drillList = new VerticalLayout();
    private final List<DrillRow> drills = new ArrayList<>();
    private final Button addDrill = new Button("Log drill");
    private final Button remove = new Button("Remove path");
    private boolean readOnly;

    PathEditor(Path p, PathRole defaultRole, List<String> domainKeys, boolean readOnly, Consumer<PathEditor> onRemove) {
        this.readOnly = readOnly;
        setPadding(false);
        setSpacing(false);
        role.setLabel("Role");
        role.setItems(PathRole.values());
        role.setItemLabelGenerator(PathRole::fileName);
        activation.setLabel("Activation");
        activation.setItems(Activation.values());
        // the empty-selection item asks for the label of null
        activation.setItemLabelGenerator(a -> a == null ? "" : a.fileName());
        activation.setEmptySelectionAllowed(true);
        requires.setItems(domainKeys);
        requires.setWidth("32em");
        key.setWidth("12em");
        role.setWidth("9em");
        activation.setWidth("10em");
        switchover.setWidth("9em");
        capacity.setWidth("7em");
        key.setValue(p == null ? "" : p.key());
        role.setValue(p == null ? defaultRole : p.role());
        activation.setValue(p == null ? null : p.activation());
        switchover.setValue(p == null ? null : p.switchoverMinutes());
        capacity.setValue(p == null ? null : p.capacityPercent());
        requires.setValue(p == null ? new LinkedHashSet<>() : new LinkedHashSet<>(p.requires()));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(e -> onRemove.accept(this));
        addDrill.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addDrill.addClickListener(e -> addDrill(null));
        drillList.setPadding(false);
        drillList.setSpacing(false);
        HorizontalLayout row = new HorizontalLayout(key, role, activation, switchover, capacity, requires, addDrill, remove);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(row, drillList);
        if (p != null) {
            p.drills().forEach(this::addDrill);
        }
        setReadOnly(readOnly);
    }

    private void addDrill(Drill d) {
        DrillRow row = new DrillRow(d);
        row.setReadOnly(readOnly);
        drills.add(row);
        drillList.add(row);
    }

    /** Read-only: every field shows its value but takes no edit, and no button adds or removes anything. */
    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        key.setReadOnly(readOnly);
        role.setReadOnly(readOnly);
        activation.setReadOnly(readOnly);
        switchover.setReadOnly(readOnly);
        capacity.setReadOnly(readOnly);
        requires.setReadOnly(readOnly);
        addDrill.setVisible(!readOnly);
        remove.setVisible(!readOnly);
        drills.forEach(d -> d.setReadOnly(readOnly));
    }

    void setIdPrefix(String prefix) {
        key.setId(prefix + "-key");
        role.setId(prefix + "-role");
        activation.setId(prefix + "-activation");
        switchover.setId(prefix + "-switchover");
        capacity.setId(prefix + "-capacity");
        requires.setId(prefix + "-requires");
    }

    Path value() {
        return new Path(key.getValue().trim(), role.getValue(), activation.getValue(), switchover.getValue(),
                capacity.getValue(), List.copyOf(requires.getValue()),
                drills.stream().map(DrillRow::value).toList());
    }

    void collectFields(String pathPrefix, Map<String, HasValidation> fields) {
        fields.put(pathPrefix + "key", key);
        fields.put(pathPrefix + "role", role);
        fields.put(pathPrefix + "activation", activation);
        fields.put(pathPrefix + "switchoverMinutes", switchover);
        fields.put(pathPrefix + "capacityPercent", capacity);
        fields.put(pathPrefix + "requires", requires);
        for (int i = 0; i < drills.size(); i++) {
            drills.get(i).collectFields(pathPrefix + "drills[" + i + "].", fields);
        }
    }

    /** One drill of this path: when, the result, the switchover it measured, notes. */
    private final class DrillRow extends HorizontalLayout {
        private final DatePicker date = new DatePicker("Drill date");
        private final Select<DrillResult> result = new Select<>();
        private final IntegerField measured = new IntegerField("Measured switchover (min)");
        private final TextField notes = new TextField("Notes");
        private final Button delete = new Button("Remove drill");

        DrillRow(Drill d) {
            result.setLabel("Result");
            result.setItems(DrillResult.values());
            result.setItemLabelGenerator(DrillResult::fileName);
            date.setValue(d == null ? null : d.date());
            result.setValue(d == null ? DrillResult.PASSED : d.result());
            measured.setValue(d == null ? null : d.switchoverMinutes());
            notes.setValue(d == null || d.notes() == null ? "" : d.notes());
            delete.addClickListener(e -> {
                drills.remove(this);
                drillList.remove(this);
            });
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            setAlignItems(Alignment.BASELINE);
            add(new Span("Drill"), date, result, measured, notes, delete);
        }

        void setReadOnly(boolean readOnly) {
            date.setReadOnly(readOnly);
            result.setReadOnly(readOnly);
            measured.setReadOnly(readOnly);
            notes.setReadOnly(readOnly);
            delete.setVisible(!readOnly);
        }

        Drill value() {
            return new Drill(date.getValue(), result.getValue(), measured.getValue(),
                    notes.getValue().isBlank() ? null : notes.getValue().trim());
        }

        void collectFields(String pathPrefix, Map<String, HasValidation> fields) {
            fields.put(pathPrefix + "date", date);
            fields.put(pathPrefix + "result", result);
            fields.put(pathPrefix + "switchoverMinutes", measured);
            fields.put(pathPrefix + "notes", notes);
        }
    }
}
