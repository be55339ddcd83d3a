package com.continuity.inventory.ui;

import com.continuity.inventory.DomainKind;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.InventoryService;
import com.continuity.inventory.Provider;
import com.continuity.security.CurrentUser;
import com.continuity.shared.ui.CrudView;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

@Route("failure-domains")
@PageTitle("Failure domains · Continuity")
@Menu(title = "Failure domains", order = 4)
@PermitAll
public class FailureDomainsView extends CrudView<FailureDomain> {

    private final InventoryService inventory;
    private final TextField name = new TextField("Name");
    private final Select<DomainKind> kind = new Select<>();
    private final ComboBox<String> provider = new ComboBox<>("Provider");
    private final NumberField availability = new NumberField("Availability (0-1, blank = from history or default)");
    private final TextField statusComponents = new TextField("Status-page components (comma-separated)");

    public FailureDomainsView(InventoryService inventory, CurrentUser currentUser) {
        super("Failure domains", FailureDomain.class, FailureDomain::version, currentUser.mayWriteInventory());
        this.inventory = inventory;
        kind.setLabel("Kind");
        kind.setItems(DomainKind.values());
        kind.setItemLabelGenerator(DomainKind::fileName);
        availability.setStep(0.0001);
        grid.addColumn(FailureDomain::key).setHeader("Key").setSortable(true);
        grid.addColumn(FailureDomain::name).setHeader("Name").setSortable(true);
        grid.addColumn(d -> d.kind().fileName()).setHeader("Kind").setSortable(true);
        grid.addColumn(FailureDomain::provider).setHeader("Provider").setSortable(true);
        grid.addColumn(d -> d.availability() == null ? "default" : d.availability().toString()).setHeader("Availability");
        form.add(key, name, kind, provider, availability, statusComponents);
        init();
    }

    @Override
    protected List<FailureDomain> load(String filter) {
        provider.setItems(inventory.providers().stream().map(Provider::key).toList());
        return inventory.failureDomains().stream()
                .filter(d -> matches(filter, d.key(), d.name(), d.provider(), d.kind().fileName())).toList();
    }

    @Override
    protected void fill(FailureDomain d) {
        key.setValue(d == null ? "" : d.key());
        name.setValue(d == null ? "" : d.name());
        kind.setValue(d == null ? DomainKind.PROVIDER_API : d.kind());
        provider.setValue(d == null ? null : d.provider());
        availability.setValue(d == null ? null : d.availability());
        statusComponents.setValue(d == null ? "" : String.join(", ", d.statusComponents()));
    }

    @Override
    protected FailureDomain read(long version) {
        List<String> components = Arrays.stream(statusComponents.getValue().split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new FailureDomain(key.getValue().trim(), name.getValue().trim(), kind.getValue(), provider.getValue(),
                availability.getValue(), components, version);
    }

    @Override
    protected FailureDomain store(FailureDomain d, Long expectedVersion) {
        return inventory.saveFailureDomain(d, expectedVersion);
    }

    @Override
    protected void remove(FailureDomain d) {
        inventory.deleteFailureDomain(d.key(), d.version());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("key", key, "name", name, "kind", kind, "provider", provider, "availability", availability,
                "statusComponents", statusComponents);
    }
}
