package com.continuity.reviews.ui;

import com.continuity.reviews.ActionItem;
import com.continuity.reviews.ActionItemInput;
import com.continuity.shared.ui.Forms;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A new action item, filled in from the service's draft (a finding's text, its service or contract, an owner and a
 * due date), so that raising one from a finding is a click and Save. A refusal shows the service's message.
 */
final class ActionItemDialog extends Dialog {

    ActionItemDialog(ActionItemInput draft, Function<ActionItemInput, ActionItem> add, Runnable reload) {
        setHeaderTitle("New action item");
        setId("action-item-dialog");
        setWidth("40em");
        TextField title = new TextField("Title");
        title.setValue(draft.title());
        title.setId("item-title");
        title.setManualValidation(true);
        TextField owner = new TextField("Owner");
        owner.setValue(draft.owner());
        owner.setId("item-owner");
        owner.setManualValidation(true);
        DatePicker due = new DatePicker("Due");
        Forms.isoDate(due);
        due.setValue(draft.due());
        due.setId("item-due");
        due.setManualValidation(true);
        Span about = new Span("About " + ReviewText.about(draft.service(), draft.contract()));
        about.setId("item-about");
        FormLayout form = new FormLayout(title, owner, due, about);
        form.setColspan(title, 2);
        add(form);

        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("owner", owner);
        fields.put("due", due);
        Button save = new Button("Save", e -> {
            ActionItemInput in = new ActionItemInput(title.getValue(), draft.service(), draft.contract(),
                    draft.finding(), owner.getValue(), due.getValue(), null);
            ActionItem saved = Forms.saveInDialog(this, () -> add.apply(in), fields, reload);
            if (saved != null) {
                Forms.saved("Action item added: " + saved.title());
            }
        });
        save.setId("save-action-item");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("cancel-action-item");
        getFooter().add(cancel, save);
    }
}
