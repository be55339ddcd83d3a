package com.continuity.resilience.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * Writes a fault tree as Open-PSA MEF XML, the exchange format of fault-tree tools such as SCRAM. The top gate
 * is {@code svc__<service>}, then one gate per dependency ({@code dep__<service>__<dependency>}) and per path with
 * more than one domain ({@code path__<service>__<dependency>__<path>}); basic events are the failure domains,
 * with their unavailability. A gate with one argument is written as that argument, because SCRAM refuses
 * one-argument AND and OR. MEF names may not start with a digit nor hold dots or double hyphens, so such keys are
 * written through {@link #id(String)}.
 */
public final class MefWriter {

    private MefWriter() {
    }

    public static String write(FaultTree tree, ToDoubleFunction<String> unavailabilityOfDomain) {
        StringBuilder gates = new StringBuilder();
        List<String> depArgs = new ArrayList<>();
        for (FaultTree.TreeDependency dep : tree.dependencies()) {
            String depName = "dep__" + id(tree.service()) + "__" + id(dep.key());
            List<String> pathArgs = new ArrayList<>();
            for (FaultTree.TreePath path : dep.paths()) {
                List<String> domainArgs = path.domains().stream().map(MefWriter::basicEvent).toList();
                String pathName = "path__" + id(tree.service()) + "__" + id(dep.key()) + "__" + id(path.key());
                pathArgs.add(gateOrSingle(gates, pathName, "or", domainArgs));
            }
            depArgs.add(pathArgs.isEmpty() ? constant(true) : gateOrSingle(gates, depName, "and", pathArgs));
        }
        depArgs = distinct(depArgs);
        String top;
        if (depArgs.isEmpty()) {
            top = constant(false);
        } else if (depArgs.size() == 1) {
            top = depArgs.getFirst();
        } else {
            top = "<or>" + String.join("", depArgs) + "</or>";
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opsa-mef>\n");
        xml.append("  <define-fault-tree name=\"").append(id(tree.service())).append("\">\n");
        xml.append("    <define-gate name=\"").append(topGate(tree.service())).append("\">").append(top)
                .append("</define-gate>\n");
        xml.append(gates);
        xml.append("  </define-fault-tree>\n  <model-data>\n");
        for (String domain : tree.domains()) {
            xml.append("    <define-basic-event name=\"").append(id(domain)).append("\"><float value=\"")
                    .append(String.format(Locale.ROOT, "%.17g", unavailabilityOfDomain.applyAsDouble(domain)))
                    .append("\"/></define-basic-event>\n");
        }
        xml.append("  </model-data>\n</opsa-mef>\n");
        return xml.toString();
    }

    /** Defines a gate over {@code args} and returns a reference to it, or returns the argument itself when alone. */
    private static String gateOrSingle(StringBuilder gates, String name, String op, List<String> args) {
        args = distinct(args);
        if (args.size() == 1) {
            return args.getFirst();
        }
        gates.append("    <define-gate name=\"").append(name).append("\"><").append(op).append('>')
                .append(String.join("", args)).append("</").append(op).append("></define-gate>\n");
        return "<gate name=\"" + name + "\"/>";
    }

    /**
     * SCRAM refuses a gate that names one argument twice; it happens when two paths of a dependency need only the
     * same domain, or two dependencies come down to the same domain. x AND x and x OR x are x, so once is enough.
     */
    private static List<String> distinct(List<String> args) {
        return List.copyOf(new LinkedHashSet<>(args));
    }

    private static String basicEvent(String domain) {
        return "<basic-event name=\"" + id(domain) + "\"/>";
    }

    /** The name of the top gate of a service's tree. */
    public static String topGate(String service) {
        return "svc__" + id(service);
    }

    /**
     * A key as a MEF name: itself when MEF allows it, else {@code k_} and the key with '-' as '_'. Keys never
     * hold '_', so the mapping can be undone and never collides with another key.
     */
    public static String id(String key) {
        return MEF_NAME.matcher(key).matches() ? key : "k_" + key.replace('-', '_');
    }

    private static final Pattern MEF_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private static String constant(boolean value) {
        return "<constant value=\"" + value + "\"/>";
    }
}
