package com.continuity.reports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A PDF read back as a reader would: its text page by page, its page size, the fonts it uses and whether each
 * is embedded. {@link #savePreview} writes the first page as a PNG under {@code target/pdf-previews/}, the build
 * artifact to look at.
 */
public final class PrintedPdf {

    public final List<String> pages;
    public final float width;
    public final float height;
    /** raster images on the pages: a picture drawn as vectors adds none */
    public int images;
    /** font name → embedded */
    public final java.util.Map<String, Boolean> fonts = new java.util.TreeMap<>();
    private final byte[] bytes;

    public PrintedPdf(byte[] bytes) throws IOException {
        this.bytes = bytes;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            var stripper = new PDFTextStripper();
            pages = new ArrayList<>();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(pdf));
            }
            PDPage first = pdf.getPage(0);
            width = first.getMediaBox().getWidth();
            height = first.getMediaBox().getHeight();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (var name : resources.getXObjectNames()) {
                    if (resources.isImageXObject(name)) {
                        images++;
                    }
                }
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.put(font.getName(), font.isEmbedded());
                }
            }
        }
    }

    public String text() {
        return String.join("\n", pages);
    }

    /** The text with every run of white space made one space, so that a phrase wrapped over lines still matches. */
    public String flatText() {
        return text().replaceAll("\\s+", " ");
    }

    public List<String> notEmbeddedFonts() {
        return fonts.entrySet().stream().filter(e -> !e.getValue()).map(java.util.Map.Entry::getKey).toList();
    }

    public Path savePreview(String name) throws IOException {
        Path dir = Path.of("target", "pdf-previews");
        Files.createDirectories(dir);
        Path png = dir.resolve(name + ".png");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 110, ImageType.RGB), "png", png.toFile());
        }
        Files.write(dir.resolve(name + ".pdf"), bytes);
        return png;
    }

    public java.util.Set<String> fontNames() {
        return new TreeSet<>(fonts.keySet());
    }
}
