package com.continuity.inventory.ui;

import com.continuity.inventory.Contact;
import com.continuity.inventory.ContactRole;
import com.continuity.shared.ui.Forms;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Whom a runbook tells the responder to reach for a service: rows of role, name and how to reach them. */
class ContactsEditor extends VerticalLayout {

    private final VerticalLayout rows = new VerticalLayout();
    private final List<ContactRow> contacts = new ArrayList<>();
    private final Button add = new Button("Add contact");
    private boolean readOnly;

    ContactsEditor() {
        setPadding(false);
        rows.setPadding(false);
        rows.setSpacing(false);
        add.setId("add-contact");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> addContact(null));
        add(rows, add);
    }

    void show(List<Contact> shown, boolean readOnly) {
        this.readOnly = readOnly;
        contacts.clear();
        rows.removeAll();
        shown.forEach(this::addContact);
        add.setVisible(!readOnly);
    }

    private void addContact(Contact c) {
        ContactRow row = new ContactRow(c);
        row.setReadOnly(readOnly);
        contacts.add(row);
        rows.add(row);
        renumber();
    }

    /** Ids and error paths follow the position, so they are renumbered after a removal. */
    private void renumber() {
        for (int i = 0; i < contacts.size(); i++) {
            contacts.get(i).setIdPrefix("contact-" + i);
        }
    }

    List<Contact> value() {
        return contacts.stream().map(ContactRow::value).toList();
    }

    void collectFields(Map<String, HasValidation> fields) {
        for (int i = 0; i < contacts.size(); i++) {
            contacts.get(i).collectFields("contacts[" + i + "].", fields);
        }
    }

    /** One contact: its role (owner, on-call...), a name, and how to reach them (phone, e-mail, pager, channel). */
    private final class ContactRow extends HorizontalLayout {
        private final ComboBox<ContactRole> role = new ComboBox<>("Role");
        private final TextField name = new TextField("Name");
        private final TextField reach = new TextField("Reach (phone, e-mail, pager, channel)");
        private final Button remove = new Button("Remove contact");

        ContactRow(Contact c) {
            role.setItems(ContactRole.values());
            role.setItemLabelGenerator(ContactRole::fileName);
            role.setWidth("12em");
            name.setWidth("16em");
            reach.setWidth("28em");
            role.setValue(c == null ? ContactRole.OWNER : c.role());
            name.setValue(c == null || c.name() == null ? "" : c.name());
            reach.setValue(c == null || c.reach() == null ? "" : c.reach());
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.addClickListener(e -> {
                contacts.remove(this);
                rows.remove(this);
                renumber();
            });
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            add(role, name, reach, remove);
        }

        void setIdPrefix(String prefix) {
            role.setId(prefix + "-role");
            name.setId(prefix + "-name");
            reach.setId(prefix + "-reach");
            remove.setId(prefix + "-remove");
        }

        void setReadOnly(boolean readOnly) {
            role.setReadOnly(readOnly);
            name.setReadOnly(readOnly);
            reach.setReadOnly(readOnly);
            remove.setVisible(!readOnly);
        }

        Contact value() {
            return new Contact(role.getValue(), Forms.blankToNull(name.getValue()), Forms.blankToNull(reach.getValue()));
        }

        void collectFields(String pathPrefix, Map<String, HasValidation> fields) {
            fields.put(pathPrefix + "role", role);
            fields.put(pathPrefix + "name", name);
            fields.put(pathPrefix + "reach", reach);
        }
    }
}
