package com.continuity.alerts.ui;

import com.continuity.alerts.AlertService;
import com.continuity.alerts.AlertType;
import com.continuity.alerts.AlertsProperties;
import com.continuity.alerts.Delivery;
import com.continuity.alerts.Subscription;
import com.continuity.inventory.DrillSchedule;
import com.continuity.inventory.DueDrill;
import com.continuity.inventory.InventoryService;
import com.continuity.shared.ui.Forms;
import com.continuity.shared.ui.Grids;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Alerts: the webhooks and e-mail subscriptions (add, delete), the delivery log, and the drills due that the
 * drill-due reminders tell of. A new webhook's secret is shown once, here, right after it is added. The service
 * decides who may add what.
 */
@Route("alerts")
@PageTitle("Alerts · Continuity")
@Menu(title = "Alerts", order = 22)
@PermitAll
public class AlertsView extends VerticalLayout {

    private final AlertService alerts;
    private final InventoryService inventory;
    private final Grid<DueDrill> drillsDue = Grids.allRows(DueDrill.class, "drills-due-grid");
    private final Grid<Subscription> subscriptions = Grids.allRows(Subscription.class, "subscriptions-grid");
    private final Grid<Delivery> deliveries = Grids.allRows(Delivery.class, "deliveries-grid");
    private final Span secret = new Span();

    public AlertsView(AlertService alerts, InventoryService inventory, AlertsProperties properties) {
        this.alerts = alerts;
        this.inventory = inventory;
        Select<String> kind = new Select<>();
        kind.setLabel("Channel");
        kind.setItems("webhook", "email");
        kind.setValue("webhook");
        kind.setId("subscription-kind");
        TextField target = new TextField("URL or e-mail address");
        target.setId("subscription-target");
        target.setWidth("28em");
        Select<String> format = new Select<>();
        format.setLabel("Body");
        format.setItems("json", "slack");
        format.setValue("json");
        format.setId("subscription-format");
        TextField team = new TextField("Team (empty: everything)");
        team.setId("subscription-team");
        TextField domains = new TextField("Failure domains (comma-separated)");
        domains.setId("subscription-domains");
        TextField services = new TextField("Services (comma-separated)");
        services.setId("subscription-services");
        CheckboxGroup<AlertType> events = new CheckboxGroup<>("Events (none ticked: all)");
        events.setItems(AlertType.values());
        events.setItemLabelGenerator(AlertType::fileName);
        events.setId("subscription-events");
        Button add = new Button("Add", e -> {
            AlertService.SubscriptionRequest request = new AlertService.SubscriptionRequest(
                    Forms.blankToNull(target.getValue()), null, format.getValue(), Forms.blankToNull(team.getValue()),
                    new ArrayList<>(events.getValue()), list(domains.getValue()), list(services.getValue()));
            if (kind.getValue().equals("webhook")) {
                AlertService.CreatedWebhook created = Forms.save(() -> alerts.createWebhook(request),
                        Map.of("url", target, "team", team, "domains", domains, "services", services));
                if (created != null) {
                    secret.setText("Secret of webhook " + created.webhook().id() + " (shown only now): "
                            + created.secret());
                    target.clear();
                }
            } else if (Forms.save(() -> alerts.createEmail(request),
                    Map.of("address", target, "team", team, "domains", domains, "services", services)) != null) {
                secret.setText("");
                target.clear();
            }
            refresh();
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-subscription");
        secret.setId("new-webhook-secret");
        HorizontalLayout form = new HorizontalLayout(kind, target, format, team, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        subscriptions.addColumn(Subscription::id).setHeader("Id").setAutoWidth(true);
        subscriptions.addColumn(Subscription::kind).setHeader("Channel").setAutoWidth(true);
        subscriptions.addColumn(Subscription::target).setHeader("Target").setFlexGrow(3);
        subscriptions.addColumn(Subscription::format).setHeader("Body").setAutoWidth(true);
        subscriptions.addColumn(s -> s.team() == null ? "everything" : "team " + s.team()).setHeader("For")
                .setAutoWidth(true);
        subscriptions.addColumn(s -> String.join(", ", s.domains()) + (s.domains().isEmpty() || s.services().isEmpty()
                ? "" : "; ") + String.join(", ", s.services())).setHeader("Domains and services").setFlexGrow(2);
        subscriptions.addColumn(s -> s.events().isEmpty() ? "all" : String.join(", ",
                s.events().stream().map(AlertType::fileName).toList())).setHeader("Events").setFlexGrow(2);
        subscriptions.addComponentColumn(s -> {
            Button delete = new Button("Delete", e -> {
                Forms.save(() -> {
                    alerts.delete(s.id());
                    return s;
                }, Map.of());
                refresh();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setId("delete-subscription-" + s.id());
            return delete;
        }).setHeader("").setAutoWidth(true);

        deliveries.addColumn(d -> d.eventType()).setHeader("Event").setAutoWidth(true);
        deliveries.addColumn(Delivery::summary).setHeader("Summary").setFlexGrow(3);
        deliveries.addColumn(d -> d.kind() + " " + d.target()).setHeader("To").setFlexGrow(2);
        deliveries.addColumn(Delivery::status).setHeader("Status").setAutoWidth(true);
        deliveries.addColumn(Delivery::attempts).setHeader("Attempts").setAutoWidth(true);
        deliveries.addColumn(d -> d.lastError() == null ? "" : d.lastError()).setHeader("Last error").setFlexGrow(2);
        deliveries.addColumn(d -> d.deliveredAt() == null ? "" : d.deliveredAt().toString()).setHeader("Delivered")
                .setAutoWidth(true);
        deliveries.addColumn(d -> d.eventId().toString()).setHeader("Event id").setAutoWidth(true);

        drillsDue.addColumn(d -> d.serviceName() + " (" + d.service() + ")").setHeader("Service").setFlexGrow(2);
        drillsDue.addColumn(DueDrill::team).setHeader("Team").setAutoWidth(true);
        drillsDue.addColumn(d -> d.dependency() + " / " + d.path()).setHeader("Dependency / fallback").setFlexGrow(2);
        drillsDue.addColumn(d -> d.kind().fileName()).setHeader("Due").setAutoWidth(true);
        drillsDue.addColumn(d -> d.date() == null ? "" : d.date().toString()).setHeader("Date").setAutoWidth(true);
        drillsDue.addColumn(d -> d.owner() == null ? "" : d.owner()).setHeader("Owner").setAutoWidth(true);
        drillsDue.addColumn(d -> d.lastDrill() == null ? "never" : d.lastDrill().toString()).setHeader("Last drill")
                .setAutoWidth(true);
        drillsDue.addColumn(d -> d.scenario() == null ? "" : d.scenario()).setHeader("Scenario").setFlexGrow(3);

        Button reload = new Button("Reload", e -> refresh());
        reload.setId("reload-deliveries");
        add(new H2("Alerts"),
                new Paragraph("Incidents opened, updated and resolved, monitoring gaps and the other events go to "
                        + "these webhooks (JSON signed with X-Continuity-Signature, or a Slack body) and e-mail "
                        + "addresses. A team's subscription gets the events that touch its services; one without a "
                        + "team (managers) gets everything."),
                form, new HorizontalLayout(domains, services), events, secret, new H3("Subscriptions"), subscriptions,
                new H3("Drills due"), new Paragraph("Fallback drills planned in the next "
                        + DrillSchedule.PLANNED_HORIZON_DAYS + " days, planned ones missed (no drill logged since the "
                        + "day), fallbacks whose last drill is over " + DrillSchedule.DRILL_MAX_AGE_DAYS
                        + " days old, and fallbacks never drilled. Planned drills within " + properties.drillDueDays()
                        + " days, missed and overdue ones are also sent as drill-due, once each, to the service's "
                        + "team."),
                drillsDue, new H3("Delivery log"), reload, deliveries);
        refresh();
    }

    private static List<String> list(String text) {
        return text == null || text.isBlank() ? List.of()
                : java.util.Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    private void refresh() {
        subscriptions.setItems(alerts.subscriptions(null));
        deliveries.setItems(alerts.deliveries(null, 200));
        drillsDue.setItems(inventory.dueDrills());
    }
}
