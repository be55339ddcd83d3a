package com.continuity.inventory.ui;

import com.continuity.inventory.InventoryService;
import com.continuity.inventory.Provider;
import com.continuity.security.CurrentUser;
import com.continuity.shared.ui.CrudView;
import com.continuity.shared.ui.Forms;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Map;

@Route("providers")
@PageTitle("Providers · Continuity")
@Menu(title = "Providers", order = 3)
@PermitAll
public class ProvidersView extends CrudView<Provider> {

    private final InventoryService inventory;
    private final TextField name = new TextField("Name");
    private final TextField statusPage = new TextField("Status page URL");
    private final TextField parent = new TextField("Parent provider (key)");

    public ProvidersView(InventoryService inventory, CurrentUser currentUser) {
        super("Providers", Provider.class, Provider::version, currentUser.mayWriteInventory());
        this.inventory = inventory;
        grid.addColumn(Provider::key).setHeader("Key").setSortable(true);
        grid.addColumn(Provider::name).setHeader("Name").setSortable(true);
        grid.addColumn(Provider::statusPage).setHeader("Status page");
        grid.addColumn(Provider::parent).setHeader("Parent");
        form.add(key, name, statusPage, parent);
        init();
    }

    @Override
    protected List<Provider> load(String filter) {
        return inventory.providers().stream().filter(p -> matches(filter, p.key(), p.name())).toList();
    }

    @Override
    protected void fill(Provider p) {
        key.setValue(p == null ? "" : p.key());
        name.setValue(p == null ? "" : p.name());
        statusPage.setValue(p == null || p.statusPage() == null ? "" : p.statusPage());
        parent.setValue(p == null || p.parent() == null ? "" : p.parent());
    }

    @Override
    protected Provider read(long version) {
        return new Provider(key.getValue().trim(), name.getValue().trim(), Forms.blankToNull(statusPage.getValue()),
                Forms.blankToNull(parent.getValue()), version);
    }

    @Override
    protected Provider store(Provider p, Long expectedVersion) {
        return inventory.saveProvider(p, expectedVersion);
    }

    @Override
    protected void remove(Provider p) {
        inventory.deleteProvider(p.key(), p.version());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("key", key, "name", name, "statusPage", statusPage, "parent", parent);
    }
}
