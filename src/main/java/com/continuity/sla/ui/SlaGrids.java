package com.continuity.sla.ui;

import com.continuity.shared.FieldError;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** What the SLA pages share: grids sized as the risk pages size them, and errors listed with their lines. */
final class SlaGrids {

    private SlaGrids() {
    }

    /** A grid with every row shown (the page scrolls, not the grid) and long texts wrapped. */
    static <T> Grid<T> grid(Class<T> type, String id) {
        Grid<T> grid = new Grid<>(type, false);
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        return grid;
    }

    /** Errors with their line and path, hidden until there are some. */
    static Grid<FieldError> errors(String id) {
        Grid<FieldError> grid = grid(FieldError.class, id);
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
