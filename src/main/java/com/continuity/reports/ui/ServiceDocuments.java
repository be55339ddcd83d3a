package com.continuity.reports.ui;

import com.continuity.inventory.BusinessService;
import com.continuity.reports.Reports;
import com.continuity.security.TeamAccess;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;

/**
 * The runbook and checklist links of a service, for the pages about it; empty for a user outside the service's
 * team, who may not print them.
 */
@SpringComponent
@UIScope
public class ServiceDocuments {

    private final Reports reports;
    private final TeamAccess access;

    ServiceDocuments(Reports reports, TeamAccess access) {
        this.reports = reports;
        this.access = access;
    }

    public HorizontalLayout links(BusinessService service) {
        HorizontalLayout links = new HorizontalLayout();
        links.setId("service-documents");
        if (access.canReadOperationalDocumentsOf(service.team())) {
            links.add(PdfLinks.of("runbook-pdf", "Runbook", p -> reports.runbook(service.key(), p)),
                    PdfLinks.of("checklist-pdf", "Checklist", p -> reports.checklist(service.key(), p)));
        }
        return links;
    }
}
