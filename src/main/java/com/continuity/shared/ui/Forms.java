package com.continuity.shared.ui;

import com.continuity.shared.ConflictException;
import com.continuity.shared.FieldError;
import com.continuity.shared.ValidationException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How every form saves: call the service, and show what it refused where the user will look: a validation
 * error on the field at fault, a conflict or a refusal as a message that stays until read.
 */
public final class Forms {

    private Forms() {
    }

    /**
     * Runs {@code save}; on a validation error marks the fields named by the errors' paths (errors with no
     * field in {@code fields} are shown in a notification). Returns the saved value, or null when refused.
     */
    public static <T> T save(Supplier<T> save, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            return save.get();
        } catch (ValidationException e) {
            List<FieldError> unplaced = e.errors().stream().filter(err -> !mark(err, fields)).toList();
            if (!unplaced.isEmpty()) {
                error(String.join("\n", unplaced.stream().map(err -> err.path() + ": " + err.message()).toList()));
            }
        } catch (ConflictException | AccessDeniedException e) {
            error(e.getMessage());
        }
        return null;
    }

    /**
     * Saves from a dialog as {@link #save} does. The dialog closes when saved, and also when refused as a whole (a
     * conflict, a signed review): {@code reload} then shows the page as it is now beside the message. A validation
     * error keeps the dialog open on the field at fault. Returns the saved value, or null when refused.
     */
    public static <T> T saveInDialog(Dialog dialog, Supplier<T> save, Map<String, ? extends HasValidation> fields,
                                     Runnable reload) {
        T saved = save(save, fields);
        if (saved != null || fields.values().stream().noneMatch(HasValidation::isInvalid)) {
            dialog.close();
            reload.run();
        }
        return saved;
    }

    private static boolean mark(FieldError err, Map<String, ? extends HasValidation> fields) {
        HasValidation field = fields.get(err.path());
        if (field == null) {
            // "requires[1]" is an item of a list edited by one field: show it on that field
            field = fields.get(err.path().replaceFirst("\\[\\d+]$", ""));
        }
        if (field == null) {
            return false;
        }
        field.setErrorMessage(err.message());
        field.setInvalid(true);
        return true;
    }

    /** Dates shown and typed as in the portfolio file and the API: 2026-12-10. */
    public static DatePicker isoDate(DatePicker picker) {
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        return picker;
    }

    public static void error(String message) {
        Notification n = new Notification();
        n.setDuration(0);
        n.setPosition(Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        Button close = new Button("Close", e -> n.close());
        close.setId("close-error");
        Div text = new Div(message);
        text.addClassName("error-message");
        n.add(text, close);
        n.open();
    }

    /** The trimmed text, or null when it is null or blank: an optional text field left empty. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public static void saved(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
