package com.continuity.shared.ui;

import com.vaadin.flow.component.html.Div;

/** A server-drawn SVG picture on a page, inline so that its texts are selectable and it scales with the page. */
public final class Pictures {

    private Pictures() {
    }

    /** @param svg markup from one of the plain-Java picture classes, whose every text is escaped */
    public static Div of(String svg, String id) {
        Div div = new Div();
        div.setId(id);
        div.addClassName("risk-picture");
        div.getElement().setProperty("innerHTML", svg);
        return div;
    }
}
