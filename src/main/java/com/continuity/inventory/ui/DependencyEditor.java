package com.continuity.inventory.ui;

import com.continuity.inventory.Dependency;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A dependency inside the service editor: its key and name, and the paths that can serve it. */
class DependencyEditor extends VerticalLayout {

    private final TextField key = new TextField("Dependency key");
    private final TextField name = new TextField("Dependency name");
    private final Button addPath = new Button("Add path");
    private final Button remove = new Button("Remove dependency");
    private final VerticalLayout pathList = new VerticalLayout();
    private final List<PathEditor> paths = new ArrayList<>();
    private final List<String> domainKeys;
    private int index;
    private boolean readOnly;

    DependencyEditor(Dependency d, List<String> domainKeys, boolean readOnly, Consumer<DependencyEditor> onRemove) {
        this.domainKeys = domainKeys;
        this.readOnly = readOnly;
        addClassName("dependency-editor");
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)");
        key.setValue(d == null ? "" : d.key());
        name.setValue(d == null ? "" : d.name());
        addPath.addClickListener(e -> addPath(null));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(e -> onRemove.accept(this));
        pathList.setPadding(false);
        add(new HorizontalLayout(key, name, remove), pathList, addPath);
        if (d != null) {
            d.paths().forEach(this::addPath);
        }
        setReadOnly(readOnly);
    }

    private void addPath(Path p) {
        // the first path of a dependency is its primary; those added after it are fallbacks
        PathEditor editor = new PathEditor(p, paths.isEmpty() ? PathRole.PRIMARY : PathRole.FALLBACK, domainKeys,
                readOnly, this::removePath);
        paths.add(editor);
        pathList.add(editor);
        setIndex(index);
    }

    private void removePath(PathEditor editor) {
        paths.remove(editor);
        pathList.remove(editor);
        setIndex(index);
    }

    /** Read-only: every field shows its value but takes no edit, and no button adds or removes anything. */
    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        key.setReadOnly(readOnly);
        name.setReadOnly(readOnly);
        addPath.setVisible(!readOnly);
        remove.setVisible(!readOnly);
        paths.forEach(p -> p.setReadOnly(readOnly));
    }

    void setIndex(int index) {
        this.index = index;
        String prefix = "dep-" + index;
        key.setId(prefix + "-key");
        name.setId(prefix + "-name");
        addPath.setId(prefix + "-add-path");
        for (int i = 0; i < paths.size(); i++) {
            paths.get(i).setIdPrefix(prefix + "-path-" + i);
        }
    }

    Dependency value() {
        return new Dependency(key.getValue().trim(), name.getValue().trim(),
                paths.stream().map(PathEditor::value).toList());
    }

    void collectFields(String pathPrefix, Map<String, HasValidation> fields) {
        fields.put(pathPrefix + "key", key);
        fields.put(pathPrefix + "name", name);
        fields.put(pathPrefix + "paths", key);
        for (int i = 0; i < paths.size(); i++) {
            paths.get(i).collectFields(pathPrefix + "paths[" + i + "].", fields);
        }
    }
}
