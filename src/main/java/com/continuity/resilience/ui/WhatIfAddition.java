package com.continuity.resilience.ui;

import com.continuity.resilience.model.WhatIf;
import com.vaadin.flow.component.Component;

import java.util.Set;

/**
 * Something a later module adds under the answer of the what-if page (the credits the contracts would owe, say),
 * without this module knowing that module: every Spring bean of this type is asked once per run.
 */
public interface WhatIfAddition {

    /** A fresh component for the scenario the what-if has just answered; called only for accepted input. */
    Component show(Set<String> domains, int minutes, WhatIf.Basis basis);
}
