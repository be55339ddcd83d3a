package com.continuity.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** Grids as the read-only pages use them. */
public final class Grids {

    private Grids() {
    }

    /** Every row shown (the page scrolls, not the grid), long texts wrapped rather than cut. */
    public static <T> Grid<T> allRows(Class<T> type, String id) {
        Grid<T> grid = new Grid<>(type, false);
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        return grid;
    }
}
