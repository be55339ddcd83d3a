package com.continuity.shared.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A list of small keyed records beside a form to edit one: the shape of the teams, providers and failure-domain
 * pages. Subclasses say how to load, fill and read the form, and which service calls save and delete; this
 * class keeps the version that was read, so a stale save gets the service's conflict message.
 */
public abstract class CrudView<T> extends VerticalLayout {

    protected final Grid<T> grid;
    protected final FormLayout form = new FormLayout();
    /** Every record here has a key; it may change only on a new record (keys are identities). */
    protected final TextField key = new TextField("Key");
    private final TextField filter = new TextField();
    private final Button save = new Button("Save");
    private final Button delete = new Button("Delete");
    private final Button create = new Button("New");
    private final ToLongFunction<T> version;
    private final boolean writable;
    private T editing;

    /**
     * @param version  the version of a record as read, sent back with a save so a stale one is refused
     * @param writable whether the user may change these records: a hint for the page, the services decide
     */
    protected CrudView(String title, Class<T> type, ToLongFunction<T> version, boolean writable) {
        this.version = version;
        this.writable = writable;
        grid = new Grid<>(type, false);
        setSizeFull();
        filter.setPlaceholder("Filter");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        filter.setId("filter");
        create.addClickListener(e -> edit(null));
        create.setId("new");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setId("save");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> delete());
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });
        grid.setSizeFull();
        VerticalLayout editor = new VerticalLayout(form, new HorizontalLayout(save, delete));
        SplitLayout split = new SplitLayout(new VerticalLayout(new HorizontalLayout(filter, create), grid), editor);
        split.setSizeFull();
        split.setSplitterPosition(60);
        add(new H2(title), split);
    }

    /** Call at the end of the subclass constructor, once the form fields exist. */
    protected void init() {
        grid.getColumns().forEach(c -> c.setAutoWidth(true).setResizable(true));
        if (!writable) {
            // a reader sees the record, but no field offers an edit that could never be saved
            form.getChildren().filter(HasValue.class::isInstance)
                    .forEach(c -> ((HasValue<?, ?>) c).setReadOnly(true));
        }
        create.setVisible(writable);
        save.setVisible(writable);
        delete.setVisible(writable);
        refresh();
        edit(null);
    }

    protected abstract List<T> load(String filter);

    protected abstract void fill(T item);

    protected abstract T read(long version);

    /** Saves; {@code expectedVersion} is null for a new record. */
    protected abstract T store(T item, Long expectedVersion);

    protected abstract void remove(T item);

    protected abstract Map<String, ? extends HasValidation> fields();

    private void edit(T item) {
        editing = item;
        fill(item);
        key.setReadOnly(!(writable && item == null));
        delete.setEnabled(item != null);
        fields().values().forEach(f -> f.setInvalid(false));
    }

    private void save() {
        Long expected = editing == null ? null : version.applyAsLong(editing);
        T saved = Forms.save(() -> store(read(expected == null ? 0 : expected), expected), fields());
        if (saved != null) {
            Forms.saved("Saved");
            refresh();
            grid.select(saved);
            edit(saved);
        }
    }

    private void delete() {
        if (editing == null) {
            return;
        }
        T item = editing;
        if (Forms.save(() -> {
            remove(item);
            return item;
        }, fields()) != null) {
            Forms.saved("Deleted");
            refresh();
            edit(null);
        }
    }

    protected void refresh() {
        grid.setItems(load(filter.getValue().trim().toLowerCase()));
    }

    protected static boolean matches(String filter, String... values) {
        if (filter.isEmpty()) {
            return true;
        }
        for (String v : values) {
            if (v != null && v.toLowerCase().contains(filter)) {
                return true;
            }
        }
        return false;
    }
}
