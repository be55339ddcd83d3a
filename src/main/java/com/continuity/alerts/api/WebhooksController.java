package com.continuity.alerts.api;

import com.continuity.alerts.AlertService;
import com.continuity.alerts.Delivery;
import com.continuity.alerts.Subscription;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Webhooks and e-mail subscriptions. {@code POST /webhooks} answers the secret once; {@code GET} never does.
 * {@code GET /alert-deliveries} is the delivery log.
 */
@RestController
class WebhooksController {

    private final AlertService alerts;

    WebhooksController(AlertService alerts) {
        this.alerts = alerts;
    }

    record WebhookBody(String url, String secret, String format, String team, List<com.continuity.alerts.AlertType> events,
                       List<String> domains, List<String> services) {
    }

    record EmailBody(String address, String team, List<com.continuity.alerts.AlertType> events, List<String> domains,
                     List<String> services) {
    }

    @GetMapping("/api/v1/webhooks")
    List<Subscription> webhooks() {
        return alerts.subscriptions("webhook");
    }

    @PostMapping("/api/v1/webhooks")
    @ResponseStatus(HttpStatus.CREATED)
    AlertService.CreatedWebhook create(@RequestBody WebhookBody body) {
        return alerts.createWebhook(new AlertService.SubscriptionRequest(body.url(), body.secret(), body.format(),
                body.team(), body.events(), body.domains(), body.services()));
    }

    @DeleteMapping("/api/v1/webhooks/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        alerts.delete(id);
    }

    @GetMapping("/api/v1/email-subscriptions")
    List<Subscription> emails() {
        return alerts.subscriptions("email");
    }

    @PostMapping("/api/v1/email-subscriptions")
    @ResponseStatus(HttpStatus.CREATED)
    Subscription createEmail(@RequestBody EmailBody body) {
        return alerts.createEmail(new AlertService.SubscriptionRequest(body.address(), null, null, body.team(),
                body.events(), body.domains(), body.services()));
    }

    @DeleteMapping("/api/v1/email-subscriptions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteEmail(@PathVariable long id) {
        alerts.delete(id);
    }

    @GetMapping("/api/v1/alert-deliveries")
    List<Delivery> deliveries(@RequestParam(required = false) Long subscription,
                              @RequestParam(defaultValue = "200") int limit) {
        return alerts.deliveries(subscription, limit);
    }
}
