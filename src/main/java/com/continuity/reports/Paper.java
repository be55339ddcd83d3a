package com.continuity.reports;

import com.continuity.shared.FileNames;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The paper a document is printed on, in points. Margins keep the template's 515 pt content width on both, so
 * the same template serves both; US Letter is shorter, which is what limits a one-page checklist.
 */
public enum Paper {
    A4(595, 842, 40),
    LETTER(612, 792, 48);

    final int width;
    final int height;
    final int leftMargin;

    Paper(int width, int height, int leftMargin) {
        this.width = width;
        this.height = height;
        this.leftMargin = leftMargin;
    }

    /** {@code a4} or {@code letter}, as in {@code ?paper=letter}. */
    @JsonCreator
    public static Paper of(String name) {
        return FileNames.parse(Paper.class, name.toLowerCase());
    }
}
