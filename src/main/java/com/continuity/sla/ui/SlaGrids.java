package com.continuity.sla.ui;

import com.continuity.shared.FieldError;
import com.continuity.shared.ui.Grids;
import com.vaadin.flow.component.grid.Grid;

/** What the SLA pages share: errors listed with their lines. */
final class SlaGrids {

    private SlaGrids() {
    }

    /** Errors with their line and path, hidden until there are some. */
    static Grid<FieldError> errors(String id) {
        Grid<FieldError> grid = Grids.allRows(FieldError.class, id);
        grid.addColumn(e -> e.line() == null ? "" : e.line()).setHeader("Line").setAutoWidth(true);
        grid.addColumn(FieldError::path).setHeader("Field").setAutoWidth(true);
        grid.addColumn(FieldError::message).setHeader("Problem").setFlexGrow(3);
        grid.setVisible(false);
        return grid;
    }

    /** "line 7, credit.multiplier: must be positive". */
    static String describe(FieldError e) {
        String where = (e.line() == null ? "" : "line " + e.line())
                + (e.path() == null || e.path().isEmpty() ? "" : (e.line() == null ? "" : ", ") + e.path());
        return (where.isEmpty() ? "" : where + ": ") + e.message();
    }
}
