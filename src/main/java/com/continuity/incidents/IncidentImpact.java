package com.continuity.incidents;

import com.continuity.resilience.model.WhatIf;

import java.util.List;

/**
 * An incident with the windows in which it impaired our failure domains and, when it took any down (impact major
 * or worse), what that did to our services ({@code services} null otherwise).
 */
public record IncidentImpact(Incident incident, List<DomainWindow> windows, WhatIf.Result services) {

    public IncidentImpact {
        windows = List.copyOf(windows);
    }
}
