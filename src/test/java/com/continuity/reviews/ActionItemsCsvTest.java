package com.continuity.reviews;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActionItemsCsvTest {

    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuotedAndQuotesDoubled() {
        assertThat(ActionItemsCsv.cell("plain")).isEqualTo("plain");
        assertThat(ActionItemsCsv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(ActionItemsCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ActionItemsCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(ActionItemsCsv.cell(null)).isEmpty();
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaStaysText() {
        assertThat(ActionItemsCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ActionItemsCsv.cell("+1")).isEqualTo("'+1");
        assertThat(ActionItemsCsv.cell("-")).isEqualTo("'-");
    }
}
