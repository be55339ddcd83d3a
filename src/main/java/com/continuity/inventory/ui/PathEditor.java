package com.continuity.inventory.ui;

import com.continuity.inventory.Activation;
import com.continuity.inventory.Drill;
import com.continuity.inventory.DrillResult;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;
import com.continuity.inventory.PlannedDrill;
import com.continuity.shared.ui.Forms;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
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

/**
 * A path of a dependency: its role, how a fallback is activated, the failure domains it requires, the drills logged
 * and the drills planned. When a planned drill is done, the team logs the drill here and removes the plan.
 */
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
    private final VerticalLayout planList = new VerticalLayout();
    private final List<PlanRow> plans = new ArrayList<>();
    private final Button addPlan = new Button("Plan drill");
    private final Button remove = new Button("Remove path");
    private boolean readOnly;
    private String idPrefix = "path";

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
        addPlan.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addPlan.addClickListener(e -> addPlan(null));
        for (VerticalLayout list : List.of(drillList, planList)) {
            list.setPadding(false);
            list.setSpacing(false);
        }
        HorizontalLayout row = new HorizontalLayout(key, role, activation, switchover, capacity, requires, addDrill,
                addPlan, remove);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(row, drillList, planList);
        if (p != null) {
            p.drills().forEach(this::addDrill);
            p.plannedDrills().forEach(this::addPlan);
        }
        setReadOnly(readOnly);
    }

    private void addDrill(Drill d) {
        DrillRow row = new DrillRow(d);
        row.setReadOnly(readOnly);
        drills.add(row);
        drillList.add(row);
    }

    private void addPlan(PlannedDrill d) {
        PlanRow row = new PlanRow(d);
        row.setReadOnly(readOnly);
        plans.add(row);
        planList.add(row);
        setIdPrefix(idPrefix);
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
        addPlan.setVisible(!readOnly);
        remove.setVisible(!readOnly);
        drills.forEach(d -> d.setReadOnly(readOnly));
        plans.forEach(d -> d.setReadOnly(readOnly));
    }

    /** Ids follow the position ({@code dep-0-path-1-plan-0-owner}), so they are set again after a removal. */
    void setIdPrefix(String prefix) {
        idPrefix = prefix;
        key.setId(prefix + "-key");
        role.setId(prefix + "-role");
        activation.setId(prefix + "-activation");
        switchover.setId(prefix + "-switchover");
        capacity.setId(prefix + "-capacity");
        requires.setId(prefix + "-requires");
        addPlan.setId(prefix + "-plan-drill");
        for (int i = 0; i < plans.size(); i++) {
            plans.get(i).setIdPrefix(prefix + "-plan-" + i);
        }
    }

    Path value() {
        return new Path(key.getValue().trim(), role.getValue(), activation.getValue(), switchover.getValue(),
                capacity.getValue(), List.copyOf(requires.getValue()),
                drills.stream().map(DrillRow::value).toList(), plans.stream().map(PlanRow::value).toList());
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
        fields.put(pathPrefix + "plannedDrills", role); // planned drills on a primary: the role is what to change
        for (int i = 0; i < plans.size(); i++) {
            plans.get(i).collectFields(pathPrefix + "plannedDrills[" + i + "].", fields);
        }
    }

    /**
     * Dates shown and typed as in the portfolio file (2026-12-10); the calendar opens from its icon, not while one
     * types, so it never covers the rows below.
     */
    private static DatePicker isoDate(DatePicker picker) {
        Forms.isoDate(picker).setAutoOpen(false);
        return picker;
    }

    /** A row of one of this path's lists, with a button that removes it; read-only, it offers no removal. */
    private abstract static class Row extends HorizontalLayout {
        private final Button delete;

        Row(String removeLabel) {
            delete = new Button(removeLabel);
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            setAlignItems(Alignment.BASELINE);
        }

        Button delete() {
            return delete;
        }

        abstract List<HasValue<?, ?>> fields();

        void setReadOnly(boolean readOnly) {
            fields().forEach(f -> f.setReadOnly(readOnly));
            delete.setVisible(!readOnly);
        }
    }

    /** One planned drill of this path: the day, who runs it, what it will do. */
    private final class PlanRow extends Row {
        private final DatePicker date = isoDate(new DatePicker("Planned date"));
        private final TextField owner = new TextField("Owner");
        private final TextField scenario = new TextField("Scenario");

        PlanRow(PlannedDrill d) {
            super("Remove planned drill");
            delete().addClickListener(e -> {
                plans.remove(this);
                planList.remove(this);
                PathEditor.this.setIdPrefix(idPrefix);
            });
            date.setValue(d == null ? null : d.date());
            owner.setValue(d == null || d.owner() == null ? "" : d.owner());
            scenario.setValue(d == null || d.scenario() == null ? "" : d.scenario());
            scenario.setWidth("28em");
            add(new Span("Planned drill"), date, owner, scenario, delete());
        }

        @Override
        List<HasValue<?, ?>> fields() {
            return List.of(date, owner, scenario);
        }

        void setIdPrefix(String prefix) {
            date.setId(prefix + "-date");
            owner.setId(prefix + "-owner");
            scenario.setId(prefix + "-scenario");
            delete().setId(prefix + "-remove");
        }

        PlannedDrill value() {
            return new PlannedDrill(date.getValue(), Forms.blankToNull(owner.getValue()),
                    Forms.blankToNull(scenario.getValue()));
        }

        void collectFields(String pathPrefix, Map<String, HasValidation> fields) {
            fields.put(pathPrefix + "date", date);
            fields.put(pathPrefix + "owner", owner);
            fields.put(pathPrefix + "scenario", scenario);
        }
    }

    /** One drill of this path: when, the result, the switchover it measured, notes. */
    private final class DrillRow extends Row {
        private final DatePicker date = isoDate(new DatePicker("Drill date"));
        private final Select<DrillResult> result = new Select<>();
        private final IntegerField measured = new IntegerField("Measured switchover (min)");
        private final TextField notes = new TextField("Notes");

        DrillRow(Drill d) {
            super("Remove drill");
            delete().addClickListener(e -> {
                drills.remove(this);
                drillList.remove(this);
            });
            result.setLabel("Result");
            result.setItems(DrillResult.values());
            result.setItemLabelGenerator(DrillResult::fileName);
            date.setValue(d == null ? null : d.date());
            result.setValue(d == null ? DrillResult.PASSED : d.result());
            measured.setValue(d == null ? null : d.switchoverMinutes());
            notes.setValue(d == null || d.notes() == null ? "" : d.notes());
            add(new Span("Drill"), date, result, measured, notes, delete());
        }

        @Override
        List<HasValue<?, ?>> fields() {
            return List.of(date, result, measured, notes);
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
