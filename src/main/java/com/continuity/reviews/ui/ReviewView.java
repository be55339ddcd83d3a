package com.continuity.reviews.ui;

import com.continuity.reviews.ActionItem;
import com.continuity.reviews.ActionItemInput;
import com.continuity.reviews.ItemAccess;
import com.continuity.reviews.ActionStatus;
import com.continuity.reviews.Attestation;
import com.continuity.reviews.AttestationInput;
import com.continuity.reviews.Review;
import com.continuity.reviews.ReviewDetails;
import com.continuity.reviews.ReviewDetails.TeamProgress;
import com.continuity.reviews.ReviewService;
import com.continuity.reviews.SignOff;
import com.continuity.reviews.model.ReviewSummary;
import com.continuity.reviews.model.Snapshot;
import com.continuity.reviews.model.Snapshot.ReviewFinding;
import com.continuity.reviews.model.Snapshot.ServiceEntry;
import com.continuity.shared.NotFoundException;
import com.continuity.shared.ui.Forms;
import com.continuity.shared.ui.Grids;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One quarterly review: whether it is open or signed, its summary, and tabs for the services (whose team attests
 * their RTO, RPO and MTPD here), the findings (one click raises an action item), the action items (their status
 * changed in place), the incidents, SLA and credits, drills, and the sign-offs. Buttons show only to those the
 * service would let act; the service decides, and a signed review refuses every change with its reason.
 */
@Route("reviews/:id")
@PageTitle("Review · Continuity")
@PermitAll
public class ReviewView extends VerticalLayout implements BeforeEnterObserver {

    private final ReviewService reviews;
    private ReviewDetails details;
    private int selectedTab;

    public ReviewView(ReviewService reviews) {
        this.reviews = reviews;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            selectedTab = 0;
            show(reviews.review(Long.parseLong(id)));
        } catch (NumberFormatException e) {
            Forms.error("'" + id + "' is not the number of a review.");
            event.forwardTo(ReviewsView.class);
        } catch (NotFoundException e) {
            Forms.error(e.getMessage());
            event.forwardTo(ReviewsView.class);
        }
    }

    /** Reads the review again and redraws the page on the same tab. */
    private void reload() {
        show(reviews.review(details.review().id()));
    }

    private void show(ReviewDetails d) {
        details = d;
        removeAll();
        Review r = d.review();
        Snapshot s = r.snapshot();
        H2 title = new H2("Review of " + r.title());
        title.setId("review-title");
        add(title, new RouterLink("Back to the reviews", ReviewsView.class), banner(d), links(r),
                new H3("Summary"), SnapshotSections.summary(s, ReviewSummary.of(s)), tabs(d));
    }

    private static Component banner(ReviewDetails d) {
        Review r = d.review();
        Paragraph banner = new Paragraph(r.signed()
                ? "Signed by " + d.managerSignOff().map(SignOff::signedBy).orElse(ReviewText.NONE) + " on "
                + ReviewText.time(r.signedAt()) + ". This review is read-only: "
                + "nothing in it can change. Its open action items are carried into the next review of "
                + (r.team() == null ? "the whole organisation" : "team " + r.team()) + "."
                : "Open since " + ReviewText.time(r.openedAt()) + ", opened by " + r.openedBy() + ". Each team "
                + "attests its services' RTO, RPO and MTPD and signs; the manager signs last.");
        banner.setId("review-status");
        banner.addClassName(r.signed() ? "review-signed" : "review-open");
        return banner;
    }

    private static Component links(Review r) {
        HorizontalLayout links = new HorizontalLayout(link("review-pdf", "Review (PDF)",
                "/api/v1/reviews/" + r.id() + ".pdf"), new Span("·"), link("action-items-csv",
                "Action items (CSV)", "/api/v1/reviews/" + r.id() + "/action-items.csv"));
        links.setAlignItems(FlexComponent.Alignment.BASELINE);
        return links;
    }

    private static Anchor link(String id, String text, String href) {
        Anchor a = new Anchor(href, text, AnchorTarget.BLANK);
        a.setRouterIgnore(true);
        a.setId(id);
        return a;
    }

    private Component tabs(ReviewDetails d) {
        Snapshot s = d.review().snapshot();
        TabSheet tabs = new TabSheet();
        tabs.setId("review-tabs");
        tabs.setWidthFull();
        tabs.add("Services", services(d)).setId("tab-services");
        tabs.add("Findings (" + s.findings().size() + ")", findings(d)).setId("tab-findings");
        tabs.add("Action items (" + d.actionItems().size() + ")", items(d)).setId("tab-items");
        tabs.add("Incidents", SnapshotSections.incidents(s)).setId("tab-incidents");
        tabs.add("SLA & credits", SnapshotSections.sla(s)).setId("tab-sla");
        tabs.add("Drills", SnapshotSections.drills(s)).setId("tab-drills");
        tabs.add("Sign-off", signOff(d)).setId("tab-signoff");
        tabs.setSelectedIndex(selectedTab);
        tabs.addSelectedChangeListener(e -> selectedTab = tabs.getSelectedIndex());
        return tabs;
    }

    // ---- services and attestations

    private Component services(ReviewDetails d) {
        Review r = d.review();
        // who may attest which team's services: asked once per team, not once per row
        Map<String, Boolean> mayAttest = d.teams().stream().collect(Collectors.toMap(TeamProgress::team,
                t -> !r.signed() && !d.signedBy(t.team()) && reviews.canSignFor(t.team())));
        Grid<ServiceEntry> grid = Grids.allRows(ServiceEntry.class, "services-grid");
        grid.addColumn(e -> e.name() + " (" + e.key() + ")").setHeader("Service").setFlexGrow(2);
        grid.addColumn(ServiceEntry::team).setHeader("Team").setAutoWidth(true);
        grid.addColumn(ServiceEntry::score).setHeader("Score").setAutoWidth(true);
        grid.addColumn(ReviewText::spofs).setHeader("Single points of failure").setFlexGrow(2);
        grid.addColumn(e -> ReviewText.objectives(e.rtoMinutes(), e.rpoMinutes(), e.mtpdMinutes()))
                .setHeader("Objectives when opened").setFlexGrow(2);
        grid.addComponentColumn(e -> span("attestation-" + e.key(), ReviewText.attestation(d.attestation(e.key()))))
                .setHeader("Attestation").setFlexGrow(2);
        if (mayAttest.containsValue(true)) {
            grid.addComponentColumn(e -> mayAttest.getOrDefault(e.team(), false) ? attestButtons(e) : new Span())
                    .setHeader("").setAutoWidth(true);
        }
        grid.setItems(d.review().snapshot().services());
        return grid;
    }

    private Component attestButtons(ServiceEntry e) {
        long id = details.review().id();
        Button confirm = small("Confirm", "confirm-" + e.key(), () -> act(() -> reviews.attest(id, e.key(),
                new AttestationInput(true, null, null, null, null)), "Confirmed the objectives of " + e.name()));
        Button correct = small("Correct…", "correct-" + e.key(), () -> correctionDialog(e));
        return new HorizontalLayout(confirm, correct);
    }

    private void correctionDialog(ServiceEntry e) {
        Attestation earlier = details.attestation(e.key()).orElse(null);
        IntegerField rto = minutes("RTO (min)", "correct-rto", earlier == null ? e.rtoMinutes() : earlier.rtoMinutes());
        IntegerField rpo = minutes("RPO (min)", "correct-rpo", earlier == null ? e.rpoMinutes() : earlier.rpoMinutes());
        IntegerField mtpd = minutes("MTPD (min)", "correct-mtpd",
                earlier == null ? e.mtpdMinutes() : earlier.mtpdMinutes());
        TextArea note = new TextArea("Why (optional)");
        note.setId("correct-note");
        note.setManualValidation(true);
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("rtoMinutes", rto);
        fields.put("rpoMinutes", rpo);
        fields.put("mtpdMinutes", mtpd);
        fields.put("note", note);
        FormLayout form = new FormLayout(rto, rpo, mtpd, note);
        form.setColspan(note, 3);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 3));
        Dialog dialog = new Dialog(new Paragraph("The corrected objectives are written to the inventory too."), form);
        dialog.setHeaderTitle("Correct the objectives of " + e.name());
        dialog.setId("correction-dialog");
        Button save = new Button("Save", click -> {
            if (Forms.saveInDialog(dialog, () -> reviews.attest(details.review().id(), e.key(), new AttestationInput(
                    false, rto.getValue(), rpo.getValue(), mtpd.getValue(), note.getValue())), fields,
                    this::reload) != null) {
                Forms.saved("Corrected the objectives of " + e.name());
            }
        });
        save.setId("save-correction");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> dialog.close());
        cancel.setId("cancel-correction");
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private static IntegerField minutes(String label, String id, Integer value) {
        IntegerField field = new IntegerField(label);
        field.setValue(value);
        field.setId(id);
        field.setManualValidation(true);
        return field;
    }

    // ---- findings and action items

    private Component findings(ReviewDetails d) {
        Snapshot s = d.review().snapshot();
        if (s.findings().isEmpty()) {
            Paragraph none = new Paragraph("Nothing in this review calls for an action item.");
            none.setId("findings-grid");
            return none;
        }
        Grid<ReviewFinding> grid = Grids.allRows(ReviewFinding.class, "findings-grid");
        grid.addColumn(f -> ReviewText.findingKind(f.kind())).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(ReviewFinding::text).setHeader("Finding").setFlexGrow(4);
        grid.addColumn(f -> ReviewText.about(f.service(), f.contract())).setHeader("About").setAutoWidth(true);
        grid.addColumn(f -> d.itemsFor(f.id()).stream().map(i -> "#" + i.id() + " "
                + ReviewText.status(i.status()).toLowerCase()).collect(Collectors.joining(", ")))
                .setHeader("Action items").setAutoWidth(true);
        if (!d.review().signed()) {
            ItemAccess access = reviews.itemAccess(s);
            grid.addComponentColumn(f -> access.mayRaise(f.service())
                    ? small("Add action", "add-action-" + ReviewText.id(f.id()),
                    () -> new ActionItemDialog(reviews.draftItem(s, f), this::addItem, this::reload).open())
                    : new Span()).setHeader("").setAutoWidth(true);
        }
        grid.setItems(s.findings());
        return grid;
    }

    private ActionItem addItem(ActionItemInput in) {
        return reviews.addActionItem(details.review().id(), in);
    }

    private Component items(ReviewDetails d) {
        Review r = d.review();
        Snapshot s = r.snapshot();
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        if (r.signed()) {
            box.add(new Paragraph("The items as they stood when the review was signed. The open ones are carried "
                    + "into the next review, where they are followed up."));
        } else if (reviews.itemAccess(s).mayRaise(null)) {
            box.add(small("New action item", "new-action-item",
                    () -> new ActionItemDialog(reviews.draftItem(s, null), this::addItem, this::reload).open()));
        }
        if (d.actionItems().isEmpty()) {
            Paragraph none = new Paragraph("No action items yet: raise one from a finding.");
            none.setId("items-grid");
            box.add(none);
            return box;
        }
        Grid<ActionItem> grid = Grids.allRows(ActionItem.class, "items-grid");
        grid.addColumn(ActionItem::title).setHeader("Title").setFlexGrow(4);
        grid.addColumn(i -> ReviewText.about(i.service(), i.contract())).setHeader("About").setAutoWidth(true);
        grid.addColumn(ActionItem::owner).setHeader("Owner").setAutoWidth(true);
        grid.addColumn(i -> i.due().toString()).setHeader("Due").setAutoWidth(true);
        ItemAccess access = reviews.itemAccess(s);
        grid.addComponentColumn(i -> !r.signed() && access.mayChange(i) ? statusSelect(i)
                : span("item-status-" + i.id(), ReviewText.status(i.status()))).setHeader("Status").setAutoWidth(true);
        grid.addColumn(i -> d.carried(i) ? "carried from an earlier review" : "raised in this review")
                .setHeader("Origin").setAutoWidth(true);
        grid.setItems(d.actionItems());
        box.add(grid);
        return box;
    }

    private Component statusSelect(ActionItem i) {
        Select<ActionStatus> status = new Select<>();
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(ReviewText::status);
        status.setValue(i.status());
        status.setId("item-status-" + i.id());
        status.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> reviews.updateActionItem(i.id(), i.version(), new ActionItemInput(i.title(), i.service(),
                        i.contract(), i.finding(), i.owner(), i.due(), e.getValue())),
                        "“" + i.title() + "” is now " + ReviewText.status(e.getValue()).toLowerCase());
            }
        });
        return status;
    }

    // ---- sign-off

    private Component signOff(ReviewDetails d) {
        Review r = d.review();
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("signoff");
        for (TeamProgress t : d.teams()) {
            HorizontalLayout line = new HorizontalLayout(span("team-progress-" + t.team(), "Team " + t.team() + ": "
                    + t.attested() + " of " + t.services() + " attested, " + ReviewText.signOff(t.signOff()) + "."));
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            if (!r.signed() && t.readyToSign() && reviews.canSignFor(t.team())) {
                line.add(small("Sign for " + t.team(), "sign-team-" + t.team(), () -> act(
                        () -> reviews.signForTeam(r.id(), t.team()), "Signed for team " + t.team())));
            }
            box.add(line);
        }
        HorizontalLayout manager = new HorizontalLayout(span("manager-signoff", "Manager: "
                + (d.managerSignOff().isPresent() ? ReviewText.signOff(d.managerSignOff().get()) + "."
                : d.teamsSigned() ? "not signed yet." : "signs once every team has signed.")));
        manager.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (!r.signed() && d.teamsSigned() && reviews.canSignAsManager()) {
            Button sign = small("Sign as manager", "sign-manager", () -> act(() -> reviews.signAsManager(r.id()),
                    "Signed the review " + r.title() + ": it is read-only now"));
            sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            manager.add(sign);
        }
        box.add(manager);
        return box;
    }

    // ---- helpers

    /** Calls the service; says so when done, shows its refusal otherwise, and draws the review as it is now. */
    private void act(Supplier<?> action, String done) {
        if (Forms.save(action, Map.of()) != null) {
            Forms.saved(done);
        }
        reload();
    }

    private static Button small(String text, String id, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    private static Span span(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }
}
