package com.continuity.inventory.ui;

import com.continuity.inventory.Dependency;
import com.continuity.inventory.Detection;
import com.continuity.inventory.Jitter;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;
import com.continuity.inventory.Protection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A dependency inside the service editor: its key and name, when to declare it impaired (detection), how the
 * client protects itself (timeout, retries, backoff, jitter, retry budget, breaker), and the paths that can serve it.
 */
class DependencyEditor extends VerticalLayout {

    private final TextField key = new TextField("Dependency key");
    private final TextField name = new TextField("Dependency name");
    private final BigDecimalField errorRate = new BigDecimalField("Error rate above (%)");
    private final IntegerField latency = new IntegerField("p95 latency above (ms)");
    private final IntegerField window = new IntegerField("Sustained for (min)");
    private final IntegerField timeout = new IntegerField("Timeout (ms)");
    private final IntegerField maxRetries = new IntegerField("Max retries");
    private final IntegerField backoffBase = new IntegerField("Backoff base (ms)");
    private final IntegerField backoffCap = new IntegerField("Backoff cap (ms)");
    private final ComboBox<Jitter> jitter = new ComboBox<>("Jitter");
    private final IntegerField retryBudget = new IntegerField("Retry budget (% of calls)");
    private final IntegerField breakerRate = new IntegerField("Breaker opens at failure rate (%)");
    private final IntegerField breakerCalls = new IntegerField("Breaker minimum calls");
    private final IntegerField breakerOpen = new IntegerField("Breaker stays open (s)");
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
        jitter.setItems(Jitter.values());
        jitter.setItemLabelGenerator(Jitter::fileName);
        jitter.setClearButtonVisible(true);
        Detection detection = d == null ? Detection.NONE : d.detection();
        errorRate.setValue(detection.errorRatePercent());
        latency.setValue(detection.latencyMs());
        window.setValue(detection.windowMinutes());
        Protection protection = d == null ? Protection.NONE : d.protection();
        timeout.setValue(protection.timeoutMs());
        maxRetries.setValue(protection.maxRetries());
        backoffBase.setValue(protection.backoffBaseMs());
        backoffCap.setValue(protection.backoffCapMs());
        jitter.setValue(protection.jitter());
        retryBudget.setValue(protection.retryBudgetPercent());
        breakerRate.setValue(protection.breakerFailureRatePercent());
        breakerCalls.setValue(protection.breakerMinimumCalls());
        breakerOpen.setValue(protection.breakerOpenSeconds());
        add(new HorizontalLayout(key, name, remove),
                section("Detection", errorRate, latency, window),
                section("Client protection", timeout, maxRetries, backoffBase, backoffCap, jitter, retryBudget,
                        breakerRate, breakerCalls, breakerOpen),
                pathList, addPath);
        if (d != null) {
            d.paths().forEach(this::addPath);
        }
        setReadOnly(readOnly);
    }

    /** A titled row of settings; a runbook prints the ones left empty as gaps. */
    private static HorizontalLayout section(String title, Component... fields) {
        Span heading = new Span(title);
        heading.getStyle().set("font-weight", "600").set("min-width", "9em");
        HorizontalLayout row = new HorizontalLayout(heading);
        row.add(fields);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
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
        settings().forEach(f -> f.setReadOnly(readOnly));
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
        errorRate.setId(prefix + "-error-rate");
        latency.setId(prefix + "-latency");
        window.setId(prefix + "-window");
        timeout.setId(prefix + "-timeout");
        maxRetries.setId(prefix + "-max-retries");
        backoffBase.setId(prefix + "-backoff-base");
        backoffCap.setId(prefix + "-backoff-cap");
        jitter.setId(prefix + "-jitter");
        retryBudget.setId(prefix + "-retry-budget");
        breakerRate.setId(prefix + "-breaker-rate");
        breakerCalls.setId(prefix + "-breaker-calls");
        breakerOpen.setId(prefix + "-breaker-open");
        for (int i = 0; i < paths.size(); i++) {
            paths.get(i).setIdPrefix(prefix + "-path-" + i);
        }
    }

    Dependency value() {
        return new Dependency(key.getValue().trim(), name.getValue().trim(),
                paths.stream().map(PathEditor::value).toList(),
                new Detection(errorRate.getValue(), latency.getValue(), window.getValue()),
                new Protection(timeout.getValue(), maxRetries.getValue(), backoffBase.getValue(), backoffCap.getValue(),
                        jitter.getValue(), retryBudget.getValue(), breakerRate.getValue(), breakerCalls.getValue(),
                        breakerOpen.getValue()));
    }

    private List<HasValue<?, ?>> settings() {
        return List.of(errorRate, latency, window, timeout, maxRetries, backoffBase, backoffCap, jitter, retryBudget,
                breakerRate, breakerCalls, breakerOpen);
    }

    void collectFields(String pathPrefix, Map<String, HasValidation> fields) {
        fields.put(pathPrefix + "key", key);
        fields.put(pathPrefix + "name", name);
        fields.put(pathPrefix + "paths", key);
        fields.put(pathPrefix + "detection.errorRatePercent", errorRate);
        fields.put(pathPrefix + "detection.latencyMs", latency);
        fields.put(pathPrefix + "detection.windowMinutes", window);
        fields.put(pathPrefix + "protection.timeoutMs", timeout);
        fields.put(pathPrefix + "protection.maxRetries", maxRetries);
        fields.put(pathPrefix + "protection.backoffBaseMs", backoffBase);
        fields.put(pathPrefix + "protection.backoffCapMs", backoffCap);
        fields.put(pathPrefix + "protection.jitter", jitter);
        fields.put(pathPrefix + "protection.retryBudgetPercent", retryBudget);
        fields.put(pathPrefix + "protection.breakerFailureRatePercent", breakerRate);
        fields.put(pathPrefix + "protection.breakerMinimumCalls", breakerCalls);
        fields.put(pathPrefix + "protection.breakerOpenSeconds", breakerOpen);
        for (int i = 0; i < paths.size(); i++) {
            paths.get(i).collectFields(pathPrefix + "paths[" + i + "].", fields);
        }
    }
}
