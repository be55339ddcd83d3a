package com.continuity.reports;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Prints {@link Document}s through {@code reports/document.jrxml}. The template is compiled once per paper, at
 * first use, and kept: compiling takes about a second, filling a runbook a few milliseconds.
 */
@Component
public class PdfRenderer {

    static final String TEMPLATE = "reports/document.jrxml";
    /** Every element of the template fits this width; each paper's margins centre it. */
    static final int CONTENT_WIDTH = 515;
    private static final DateTimeFormatter STAMP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final Map<Paper, JasperReport> compiled = new EnumMap<>(Paper.class);


    public PdfRenderer(Clock clock) {
        this.clock = clock;
    }

    public byte[] pdf(Document document, Paper paper) {
        return pdf(List.of(document), paper, document.title());
    }

    /** Several documents as one PDF, each starting on a new page with its own page numbers. */
    public byte[] pdf(List<Document> documents, Paper paper, String title) {
        return pdf(documents, paper, title, done -> { });
    }

    /** As {@link #pdf(List, Paper, String)}, telling {@code progress} how many documents are filled so far. */
    public byte[] pdf(List<Document> documents, Paper paper, String title, java.util.function.IntConsumer progress) {
        List<JasperPrint> prints = new java.util.ArrayList<>();
        for (Document d : documents) {
            prints.add(fill(d, paper));
            progress.accept(prints.size());
        }
        return export(prints, title);
    }

    JasperPrint fill(Document document, Paper paper) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE", document.title());
        parameters.put("SUBTITLE", document.subtitle());
        parameters.put("STAMP", "Fingerprint " + document.fingerprint() + " · generated "
                + STAMP_TIME.format(clock.instant()) + " from " + document.source());
        try {
            JasperPrint print = JasperFillManager.fillReport(template(paper), parameters,
                    new Blocks(document.blocks(), this::picture));
            print.setName(document.title()); // a book's bookmarks read the documents' titles
            return print;
        } catch (JRException e) {
            throw new IllegalStateException("could not fill '" + document.title() + "': " + e.getMessage(), e);
        }
    }

    private static byte[] export(List<JasperPrint> prints, String title) {
        var out = new ByteArrayOutputStream();
        var exporter = new JRPdfExporter();
        exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        var configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setMetadataCreator("Continuity");
        configuration.setCreatingBatchModeBookmarks(prints.size() > 1);
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("could not write the PDF '" + title + "': " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private SvgPicture picture(byte[] svg) {
        return new SvgPicture(new String(svg, java.nio.charset.StandardCharsets.UTF_8));
    }

    private synchronized JasperReport template(Paper paper) {
        return compiled.computeIfAbsent(paper, PdfRenderer::compile);
    }

    private static JasperReport compile(Paper paper) {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is not on the classpath");
            }
            JasperDesign design = JRXmlLoader.load(in);
            design.setPageWidth(paper.width);
            design.setPageHeight(paper.height);
            design.setLeftMargin(paper.leftMargin);
            design.setRightMargin(paper.width - paper.leftMargin - CONTENT_WIDTH);
            return JasperCompileManager.compileReport(design);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("the template " + TEMPLATE + " does not compile: " + e.getMessage(), e);
        }
    }

    /** The blocks as the template's fields. */
    private static final class Blocks implements JRDataSource {

        private final Iterator<Block> blocks;
        private final java.util.function.Function<byte[], SvgPicture> pictures;
        private Block current;

        Blocks(List<Block> blocks, java.util.function.Function<byte[], SvgPicture> pictures) {
            this.blocks = blocks.iterator();
            this.pictures = pictures;
        }

        @Override
        public boolean next() {
            current = blocks.hasNext() ? blocks.next() : null;
            return current != null;
        }

        @Override
        public Object getFieldValue(JRField field) {
            return switch (field.getName()) {
                case "kind" -> current.kind().templateName();
                case "text" -> current.text();
                case "value" -> current.value();
                case "c3" -> current.c3();
                case "c4" -> current.c4();
                case "c5" -> current.c5();
                case "picture" -> current.picture() == null ? null : pictures.apply(current.picture());
                default -> throw new IllegalArgumentException("the template asks for an unknown field "
                        + field.getName());
            };
        }
    }
}
