package com.continuity.resilience.model;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An Open-PSA MEF document read back for tests: parsed by the JDK's XML parser (so it must be well-formed),
 * with its gates and basic events, and an evaluator of its top gate for a set of failed basic events.
 */
final class Mef {

    /** MEF identifiers as SCRAM's schema has them: an XML name with no dots and no leading, trailing or double '-'. */
    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(-[A-Za-z0-9_]+)*");

    final Document document;
    final Map<String, Element> gates = new HashMap<>();
    final Map<String, Double> basicEvents = new HashMap<>();
    final List<String> gateOrder = new ArrayList<>();
    final List<String> basicEventOrder = new ArrayList<>();

    Mef(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
        for (Element g : elements("define-gate")) {
            gateOrder.add(g.getAttribute("name"));
            gates.put(g.getAttribute("name"), g);
        }
        for (Element e : elements("define-basic-event")) {
            basicEventOrder.add(e.getAttribute("name"));
            Element value = children(e).getFirst();
            basicEvents.put(e.getAttribute("name"), Double.parseDouble(value.getAttribute("value")));
        }
    }

    List<Element> elements(String tag) {
        var nodes = document.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                out.add(child);
            }
        }
        return out;
    }

    /** The one formula that defines a gate. */
    Element formula(String gate) {
        Element g = gates.get(gate);
        if (g == null) {
            throw new AssertionError("gate " + gate + " is referenced but not defined");
        }
        List<Element> body = children(g);
        if (body.size() != 1) {
            throw new AssertionError("gate " + gate + " has " + body.size() + " formulas");
        }
        return body.getFirst();
    }

    /** Whether the gate is true (failed) when exactly the basic events in {@code failed} are. */
    boolean evaluate(String gate, Set<String> failed) {
        return evaluate(formula(gate), failed);
    }

    private boolean evaluate(Element f, Set<String> failed) {
        return switch (f.getTagName()) {
            case "or" -> children(f).stream().anyMatch(c -> evaluate(c, failed));
            case "and" -> children(f).stream().allMatch(c -> evaluate(c, failed));
            case "gate" -> evaluate(f.getAttribute("name"), failed);
            case "basic-event" -> {
                if (!basicEvents.containsKey(f.getAttribute("name"))) {
                    throw new AssertionError("basic event " + f.getAttribute("name") + " is not defined");
                }
                yield failed.contains(f.getAttribute("name"));
            }
            case "constant" -> Boolean.parseBoolean(f.getAttribute("value"));
            default -> throw new AssertionError("unexpected formula " + f.getTagName());
        };
    }
}
