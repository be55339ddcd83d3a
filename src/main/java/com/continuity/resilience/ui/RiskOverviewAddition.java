package com.continuity.resilience.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a later module adds at the end of the risk overview (spend per provider, say), without this module
 * knowing that module: every Spring bean of this type is asked once per page.
 */
public interface RiskOverviewAddition {

    /** A fresh component for one visit of the page. */
    Component show();
}
