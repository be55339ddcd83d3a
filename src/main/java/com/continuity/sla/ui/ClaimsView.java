package com.continuity.sla.ui;

import com.continuity.shared.ui.Grids;
import com.continuity.security.CurrentUser;
import com.continuity.shared.ui.Forms;
import com.continuity.sla.Claim;
import com.continuity.sla.ClaimService;
import com.continuity.sla.ClaimStatus;
import com.continuity.sla.ClaimSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Credits owed and what became of them: money still to claim, awaited and lost to expiry per currency, the
 * deadlines coming up, and every claim with its status in words. Managers move a claim along its life: owed →
 * claimed (date, reference) → received (amount) or denied (reason).
 */
@Route("claims")
@PageTitle("Credits and claims · Continuity")
@Menu(title = "Credits and claims", order = 31)
@PermitAll
public class ClaimsView extends VerticalLayout {

    private final ClaimService claims;
    private final boolean writable;
    private final Span owed = new Span();
    private final Span awaited = new Span();
    private final Span expired = new Span();
    private final Grid<Claim> upcoming = Grids.allRows(Claim.class, "upcoming-grid");
    private final Grid<Claim> grid = Grids.allRows(Claim.class, "claims-grid");
    private ClaimSummary summary;

    public ClaimsView(ClaimService claims, CurrentUser currentUser) {
        this.claims = claims;
        this.writable = currentUser.mayWriteInventory();
        owed.setId("summary-owed");
        awaited.setId("summary-awaited");
        expired.setId("summary-expired");
        Div figures = new Div(new Paragraph(new Span("Owed, still to claim: "), owed),
                new Paragraph(new Span("Claimed, awaiting the credit: "), awaited),
                new Paragraph(new Span("Lost, expired unclaimed: "), expired));
        figures.setId("claims-summary");

        upcoming.addColumn(c -> c.contractName() + " (" + c.contract() + ")").setHeader("Contract").setFlexGrow(2);
        upcoming.addColumn(c -> SlaFormat.month(c.period())).setHeader("Month").setAutoWidth(true);
        upcoming.addColumn(c -> SlaFormat.money(c.amount())).setHeader("Credit").setAutoWidth(true);
        upcoming.addColumn(Claim::deadline).setHeader("Claim by").setAutoWidth(true);
        upcoming.addComponentColumn(c -> cell("days-left-" + id(c), daysLeft(c))).setHeader("Days left")
                .setAutoWidth(true);

        grid.addColumn(c -> c.contractName() + " (" + c.contract() + ")").setHeader("Contract").setFlexGrow(2);
        grid.addColumn(c -> SlaFormat.month(c.period())).setHeader("Month").setAutoWidth(true);
        grid.addComponentColumn(c -> cell("claim-amount-" + id(c), SlaFormat.money(c.amount()))).setHeader("Credit")
                .setAutoWidth(true);
        grid.addColumn(c -> c.deadline() == null ? SlaFormat.NONE : c.deadline().toString()).setHeader("Claim by")
                .setAutoWidth(true);
        grid.addComponentColumn(c -> cell("claim-status-" + id(c), SlaFormat.claimStatus(c))).setHeader("Status")
                .setFlexGrow(2);
        if (writable) {
            grid.addComponentColumn(this::actions).setHeader("Act").setAutoWidth(true);
        }
        grid.getColumns().forEach(c -> c.setResizable(true));

        add(new H2("Credits and claims"),
                new Paragraph("Every ended month with a credit owed becomes a claim with its deadline. A credit left "
                        + "unclaimed past its deadline is money lost."),
                figures, new H3("Deadlines coming up"), upcoming, new H3("All claims"), grid);
        refresh();
    }

    private void refresh() {
        summary = claims.summary();
        owed.setText(SlaFormat.money(summary.owed()));
        awaited.setText(SlaFormat.money(summary.awaited()));
        expired.setText(SlaFormat.money(summary.expired()));
        upcoming.setItems(summary.upcoming());
        grid.setItems(summary.claims());
    }

    /** "bedrock-eu-2026-10": the claim's contract and month, for element ids. */
    static String id(Claim c) {
        return c.contract() + "-" + c.period();
    }

    private String daysLeft(Claim c) {
        Long days = c.daysLeft(summary.today());
        return days == null ? SlaFormat.NONE : days == 1 ? "1 day" : days + " days";
    }

    private Component actions(Claim c) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(true);
        if (c.status() == ClaimStatus.OWED) {
            buttons.add(button("Mark claimed", "mark-claimed-" + id(c), () -> claimedDialog(c)));
        } else if (c.status() == ClaimStatus.CLAIMED) {
            buttons.add(button("Mark received", "mark-received-" + id(c), () -> receivedDialog(c)),
                    button("Mark denied", "mark-denied-" + id(c), () -> deniedDialog(c)));
        }
        return buttons;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    private void claimedDialog(Claim c) {
        DatePicker date = new DatePicker("Claimed on");
        date.setId("claimed-on");
        Forms.isoDate(date);
        date.setPlaceholder("2026-11-27");
        date.setValue(summary.today());
        date.setManualValidation(true);
        TextField reference = new TextField("Provider's case or ticket reference");
        reference.setId("claim-reference");
        reference.setManualValidation(true);
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("claimedOn", date);
        fields.put("reference", reference);
        open("Mark the claim for " + describe(c) + " as claimed", fields,
                () -> claims.markClaimed(c.id(), c.version(), date.getValue(), reference.getValue()));
    }

    private void receivedDialog(Claim c) {
        BigDecimalField amount = new BigDecimalField("Amount received (" + c.amount().currency() + ")");
        amount.setId("received-amount");
        amount.setValue(c.amount().amount());
        amount.setManualValidation(true);
        open("Mark the credit for " + describe(c) + " as received", Map.of("amount", amount),
                () -> claims.markReceived(c.id(), c.version(), amount.getValue()));
    }

    private void deniedDialog(Claim c) {
        TextField reason = new TextField("Why the provider denied it");
        reason.setId("denied-reason");
        reason.setManualValidation(true);
        open("Mark the claim for " + describe(c) + " as denied", Map.of("reason", reason),
                () -> claims.markDenied(c.id(), c.version(), reason.getValue()));
    }

    private static String describe(Claim c) {
        return c.contractName() + ", " + SlaFormat.month(c.period()) + " (" + SlaFormat.money(c.amount()) + ")";
    }

    /**
     * A dialog with the fields of one step; errors go on the field at fault, a stale version (someone acted on the
     * claim since the page was read) gives the conflict message and the claims are read again.
     */
    private void open(String title, Map<String, ? extends HasValidation> fields, Supplier<Claim> action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.setId("claim-dialog");
        VerticalLayout body = new VerticalLayout();
        fields.values().forEach(f -> body.add((Component) f));
        dialog.add(body);
        Button confirm = new Button("Save", e -> {
            Claim done = Forms.saveInDialog(dialog, action, fields, this::refresh);
            if (done != null) {
                Forms.saved(describe(done) + ": " + SlaFormat.status(done.status()).toLowerCase());
            }
        });
        confirm.setId("confirm-claim");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> dialog.close());
        cancel.setId("cancel-claim");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private static Span cell(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }
}
