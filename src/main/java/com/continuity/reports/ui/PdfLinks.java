package com.continuity.reports.ui;

import com.continuity.reports.Paper;
import com.continuity.reports.Pdf;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.function.Function;

/**
 * Links that print a document when followed: "Runbook (PDF)" on A4, with a small "US Letter" beside it. The PDF
 * is made at the click, so it prints what is stored then.
 */
public final class PdfLinks {

    private PdfLinks() {
    }

    /** @param id the A4 link's id; the Letter link's is {@code id + "-letter"} */
    public static HorizontalLayout of(String id, String text, Function<Paper, Pdf> print) {
        HorizontalLayout links = new HorizontalLayout(link(id, text + " (PDF)", print, Paper.A4), new Span("·"),
                link(id + "-letter", "US Letter", print, Paper.LETTER));
        links.setSpacing(true);
        links.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        return links;
    }

    public static Anchor link(String id, String text, Function<Paper, Pdf> print, Paper paper) {
        Anchor a = new Anchor(download(() -> print.apply(paper)), text);
        a.setId(id);
        a.setTarget("_blank");
        return a;
    }

    static DownloadHandler download(java.util.function.Supplier<Pdf> print) {
        return DownloadHandler.fromInputStream(event -> {
            Pdf pdf = print.get();
            return new DownloadResponse(new ByteArrayInputStream(pdf.bytes()), pdf.fileName(), "application/pdf",
                    pdf.bytes().length);
        });
    }
}
