package com.continuity.reports;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PdfRendererTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
    static final String SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
              <rect x="10" y="10" width="180" height="80" fill="#fdecea" stroke="#b71c1c"/>
              <text x="100" y="55" text-anchor="middle" font-family="DejaVu Sans" font-size="14">gateway</text>
            </svg>""";

    final PdfRenderer renderer = new PdfRenderer(CLOCK);

    Document everyKind() {
        return new Document("Runbook: Customer help chat", "Customer Care · tier 1", "runbook-help-chat",
                "service help-chat, version 3", List.of(
                Block.heading("1 Impact"),
                Block.subheading("Recovery objectives"),
                Block.paragraph("A paragraph that is long enough to wrap. ".repeat(6)),
                Block.field("RTO", "15 min"),
                Block.gap("On-call", "no on-call contact is recorded"),
                Block.bullet("Trip the breaker on claude-direct"),
                Block.step(1, "Detect and declare"),
                Block.check("Confirm on https://status.claude.com"),
                Block.tableHeader("Month", "Uptime", "Objective", "Met", "Credit"),
                Block.tableRow("2026-02", "99.417163%", "99.9%", "no", "$244.05"),
                Block.picture(SVG, "The dependency tree"),
                Block.space()));
    }

    @Test
    void aDocumentPrintsEveryKindOfBlockWithItsStampAndEmbeddedFonts() throws Exception {
        var pdf = new PrintedPdf(renderer.pdf(everyKind(), Paper.A4));

        assertThat(pdf.flatText()).contains("Runbook: Customer help chat", "Customer Care · tier 1", "1 Impact",
                "RTO 15 min", "GAP: On-call no on-call contact is recorded", "Trip the breaker on claude-direct",
                "Detect and declare", "Confirm on https://status.claude.com", "99.417163%", "$244.05",
                "The dependency tree", "Fingerprint " + everyKind().fingerprint() + " · generated 2026-11-27 12:00 UTC from service help-chat, version 3", "Page 1 of 1");
        assertThat(pdf.fonts).isNotEmpty();
        assertThat(pdf.notEmbeddedFonts()).isEmpty();
        assertThat(pdf.images).as("the picture is drawn as vectors").isZero();
        pdf.savePreview("renderer-every-kind");
    }

    /** The production image is a JRE running a nested jar: javac is not there, so JDT must compile the template. */
    @Test
    void theTemplateCompilesWithJdtWhichNeedsNoJdk() throws Exception {
        try (var in = getClass().getClassLoader().getResourceAsStream(PdfRenderer.TEMPLATE)) {
            var design = net.sf.jasperreports.engine.xml.JRXmlLoader.load(in);
            var compiler = new net.sf.jasperreports.jdt.JRJdtCompiler(
                    net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance());
            assertThat(compiler.compileReport(design).getName()).isEqualTo("document");
        }
    }

    @Test
    void theChecklistOfAServiceWithEightDependenciesOfTwoFallbacksEachStaysOnOnePageOfUsLetter() throws Exception {
        List<com.continuity.inventory.Dependency> dependencies = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            dependencies.add(new com.continuity.inventory.Dependency("dependency-" + i, "Dependency number " + i,
                    List.of(new com.continuity.inventory.Path("primary-" + i, com.continuity.inventory.PathRole.PRIMARY,
                                    null, null, null, List.of("api"), List.of()),
                            new com.continuity.inventory.Path("fallback-a-" + i, com.continuity.inventory.PathRole.FALLBACK,
                                    com.continuity.inventory.Activation.AUTOMATIC, 2, 100, List.of("api"), List.of()),
                            new com.continuity.inventory.Path("fallback-b-" + i, com.continuity.inventory.PathRole.FALLBACK,
                                    com.continuity.inventory.Activation.MANUAL, 60, 30, List.of("gpu"), List.of()))));
        }
        var facts = WritersTest.facts(WritersTest.service(List.of(), dependencies.toArray(
                com.continuity.inventory.Dependency[]::new)));

        var pdf = new PrintedPdf(renderer.pdf(ChecklistWriter.write(facts), Paper.LETTER));

        assertThat(pdf.pages).hasSize(1);
        assertThat(pdf.flatText()).contains("Dependency number 7: stop primary-7; then fallback-a-7 → fallback-b-7 (runbook §4)");
    }

    @Test
    void aPageBreakStartsWhatFollowsOnANewPageAndTwoInARowLeaveNoBlankPage() throws Exception {
        var once = new PrintedPdf(renderer.pdf(new Document("Review", null, "review", "test", List.of(
                Block.paragraph("Summary line"), Block.pageBreak(), Block.heading("Detail"))), Paper.A4));
        var twice = new PrintedPdf(renderer.pdf(new Document("Review", null, "review", "test", List.of(
                Block.paragraph("Summary line"), Block.pageBreak(), Block.pageBreak(), Block.heading("Detail"))),
                Paper.A4));

        assertThat(once.pages).hasSize(2);
        assertThat(once.pages.get(0)).contains("Summary line").doesNotContain("Detail");
        assertThat(once.pages.get(1)).contains("Detail");
        assertThat(twice.pages).hasSize(2);
    }

    @Test
    void thePaperSetsThePageSize() throws Exception {
        var a4 = new PrintedPdf(renderer.pdf(everyKind(), Paper.A4));
        var letter = new PrintedPdf(renderer.pdf(everyKind(), Paper.LETTER));

        assertThat(a4.width).isEqualTo(595f);
        assertThat(a4.height).isEqualTo(842f);
        assertThat(letter.width).isEqualTo(612f);
        assertThat(letter.height).isEqualTo(792f);
    }

    @Test
    void theFingerprintChangesWithTheContentAndOnlyWithIt() {
        var same = everyKind();
        var other = new Document(same.title(), same.subtitle(), same.fileName(), same.source(),
                List.of(Block.field("RTO", "20 min")));

        assertThat(everyKind().fingerprint()).isEqualTo(same.fingerprint()).hasSize(12);
        assertThat(other.fingerprint()).isNotEqualTo(same.fingerprint());
    }

    @Test
    void severalDocumentsPrintAsOnePdfEachWithItsOwnPageNumbers() throws Exception {
        var pdf = new PrintedPdf(renderer.pdf(List.of(everyKind(), everyKind()), Paper.A4, "Two runbooks"));

        assertThat(pdf.pages).hasSize(2);
        assertThat(pdf.pages).allSatisfy(page -> assertThat(page.replaceAll("\\s+", " ")).contains("Page 1 of 1"));
    }
}
