package com.continuity.resilience.picture;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.Dependency;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.Path;
import com.continuity.inventory.PathRole;
import com.continuity.inventory.Portfolio;
import com.continuity.inventory.portfolio.PortfolioReader;
import com.continuity.resilience.DomainAvailability;
import com.continuity.resilience.model.RandomTrees;
import com.continuity.resilience.model.RiskModel;
import com.continuity.resilience.model.ServiceRisk;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The dependency-tree picture, read back as XML: what it marks, how it says so, and that it always parses. */
public class DependencyTreePictureTest {

    /** The day the sample's drills were written for (the app under test takes the same). */
    static final LocalDate TODAY = LocalDate.parse("2026-11-27");

    @Test
    void theSampleHelpChatPictureMarksTheGatewayAsASpofOnlyInPracticeAndBedrockAsASpofOnPaper() throws Exception {
        Document svg = helpChat();

        Element gateway = one(svg, "//g[@data-domain='ai-gateway']");
        assertThat(gateway.getAttribute("data-mark").split(" ")).contains("spof-in-practice").doesNotContain("spof");
        assertThat(words(gateway)).contains("SPOF in practice only").doesNotContain("SPOF on paper");
        Element gatewayBox = one(svg, "//g[@data-domain='ai-gateway']/rect[1]");
        assertThat(gatewayBox.getAttribute("stroke")).isEqualTo(DependencyTreePicture.PRACTICE_COLOUR);
        assertThat(gatewayBox.getAttribute("stroke-dasharray")).as("a dashed border, not colour alone").isNotEmpty();

        Element bedrock = one(svg, "//g[@data-domain='bedrock-eu-west-1']");
        assertThat(bedrock.getAttribute("data-mark").split(" ")).contains("spof").doesNotContain("spof-in-practice");
        assertThat(words(bedrock)).contains("SPOF on paper").doesNotContain("SPOF in practice only");
        Element bedrockBox = one(svg, "//g[@data-domain='bedrock-eu-west-1']/rect[1]");
        assertThat(bedrockBox.getAttribute("stroke")).isEqualTo(DependencyTreePicture.SPOF_COLOUR);
        assertThat(bedrockBox.getAttribute("stroke-dasharray")).isEmpty();

        for (String plain : List.of("claude-api", "claude-token-path", "openai-api", "gpu-rack-a")) {
            Element domain = one(svg, "//g[@data-domain='" + plain + "']");
            assertThat(domain.getAttribute("data-mark")).as(plain).isEmpty();
            assertThat(words(domain)).as(plain).doesNotContain("SPOF");
        }
        assertThat(one(svg, "/svg/desc").getTextContent())
                .contains("on paper: bedrock-eu-west-1", "Only in practice: ai-gateway");
    }

    @Test
    void theSampleHelpChatPictureNamesTheCouplingOfClaudeDirectAndGptViaGatewayOnTheGateway() throws Exception {
        Document svg = helpChat();

        assertThat(one(svg, "//g[@data-domain='ai-gateway']").getAttribute("data-mark").split(" "))
                .contains("coupling");
        assertThat(words(one(svg, "//g[@data-domain='ai-gateway']")))
                .contains("Coupling: primary 'claude-direct' and fallback 'gpt-via-gateway' of 'replies' both need it");
        assertThat(texts(svg, "//g[@class='notes']/text")).isEqualTo(
                "Coupling in 'replies': the primary 'claude-direct' and the fallback 'gpt-via-gateway' both need "
                        + "ai-gateway, so one failure there takes both down.");
        NodeList couplingEdges = nodes(svg, "//path[@class='edge coupling']");
        assertThat(couplingEdges.getLength()).as("one coupling edge from each of the two paths").isEqualTo(2);
        for (int i = 0; i < couplingEdges.getLength(); i++) {
            assertThat(((Element) couplingEdges.item(i)).getAttribute("stroke"))
                    .isEqualTo(DependencyTreePicture.COUPLING_COLOUR);
        }
        assertThat(one(svg, "//g[@data-domain='openai-api']").getAttribute("data-mark")).isEmpty();
    }

    @Test
    void theNeverDrilledManualFallbackIsDimmedAndSaysWhyItDoesNotCountWhileTheDrilledOneCounts() throws Exception {
        Document svg = helpChat();

        Element llama = one(svg, "//g[@data-path='llama-on-prem']");
        assertThat(llama.getAttribute("class")).isEqualTo("path fallback not-counting");
        assertThat(llama.getAttribute("fill-opacity")).isEqualTo(Double.toString(DependencyTreePicture.DIMMED_OPACITY));
        assertThat(llama.getAttribute("data-counts-in-practice")).isEqualTo("false");
        assertThat(words(llama)).contains("Fallback: llama-on-prem", "manual, 45 min switchover, 40% capacity",
                "Does not count in practice", "it has never been drilled",
                "its declared switchover is longer than the RTO");

        Element gpt = one(svg, "//g[@data-path='gpt-via-gateway']");
        assertThat(gpt.getAttribute("class")).isEqualTo("path fallback");
        assertThat(gpt.getAttribute("fill-opacity")).isEmpty();
        assertThat(words(gpt)).contains("automatic, 1 min switchover, 100% capacity", "Counts in practice");

        Element primary = one(svg, "//g[@data-path='claude-direct']");
        assertThat(primary.getAttribute("class")).isEqualTo("path primary");
        assertThat(words(primary)).contains("Primary: claude-direct").doesNotContain("count");
    }

    @Test
    void theLegendExplainsEachMarkInWords() throws Exception {
        String legend = words(one(helpChat(), "//g[@class='legend']"));

        assertThat(legend).contains("SPOF on paper:", "SPOF in practice only:", "Coupling:",
                "Fallback that does not count in practice (dimmed)");
    }

    @Test
    void everyBoxLiesInsideThePictureAndNoTwoBoxesOfAColumnOverlapEvenForAStressTree() throws Exception {
        RandomTrees trees = new RandomTrees(7, RandomTrees.STRESS);
        List<FailureDomain> domains = trees.domains();
        BusinessService service = trees.service("stress", "team", TODAY);
        Map<String, DomainAvailability> availability = new LinkedHashMap<>();
        for (FailureDomain d : domains) {
            double a = d.availability() == null ? RiskModel.DEFAULT_AVAILABILITY : d.availability();
            availability.put(d.key(), new DomainAvailability(d.key(), a, DomainAvailability.Source.PORTFOLIO));
        }
        ServiceRisk risk = RiskModel.analyse(service, k -> availability.get(k).unavailability(), TODAY);

        Document svg = parse(DependencyTreePicture.svg(service, risk, availability));

        double width = Double.parseDouble(one(svg, "/svg").getAttribute("width"));
        double height = Double.parseDouble(one(svg, "/svg").getAttribute("height"));
        for (String column : List.of("//g[@data-domain]/rect[1]", "//g[@data-path]/rect[1]",
                "//g[@class='dependency']/rect[1]")) {
            List<double[]> boxes = boxes(svg, column);
            assertThat(boxes).as(column).isNotEmpty();
            for (int i = 0; i < boxes.size(); i++) {
                double[] b = boxes.get(i);
                assertThat(b[0] >= 0 && b[1] >= 0 && b[0] + b[2] <= width && b[1] + b[3] <= height)
                        .as(column + " box " + i + " inside " + width + "x" + height).isTrue();
                for (int j = i + 1; j < boxes.size(); j++) {
                    double[] c = boxes.get(j);
                    assertThat(b[1] + b[3] <= c[1] || c[1] + c[3] <= b[1]).as(column + " boxes " + i + " and " + j)
                            .isTrue();
                }
            }
        }
        assertThat(nodes(svg, "//g[@data-path]").getLength())
                .isEqualTo(service.dependencies().stream().mapToInt(d -> d.paths().size()).sum());
    }

    @Test
    void everyTextIsEscapedForXmlSoMarkupInANameStaysText() throws Exception {
        String name = "R&D <script>alert('x')</script> \"bot\"\u0001";
        Path primary = new Path("p&1", PathRole.PRIMARY, null, null, null, List.of("a<b"), List.of());
        BusinessService service = new BusinessService("odd", name, "team", 2, 30, null, null, new BigDecimal("10"),
                "USD", null, List.of(new Dependency("d'1", "Dep \"one\" & <two>", List.of(primary))), 1);
        ServiceRisk risk = RiskModel.analyse(service, k -> 0.01, TODAY);

        String text = DependencyTreePicture.svg(service, risk, Map.of());
        Document svg = parse(text);

        assertThat(text).doesNotContain("<script");
        assertThat(one(svg, "/svg/title").getTextContent())
                .isEqualTo("Dependency tree of R&D <script>alert('x')</script> \"bot\" (odd)");
        assertThat(words(one(svg, "//g[@class='dependency']"))).contains("Dep \"one\" & <two>", "d'1");
        assertThat(one(svg, "//g[@data-domain]").getAttribute("data-domain")).isEqualTo("a<b");
        assertThat(words(one(svg, "//g[@data-domain]"))).contains("SPOF on paper");
    }

    @Test
    void aServiceWithoutDependenciesStillGivesAPictureThatSaysSo() throws Exception {
        BusinessService service = new BusinessService("empty", "Empty service", "team", 4, null, null, null, null,
                null, null, List.of(), 1);
        ServiceRisk risk = RiskModel.analyse(service, k -> 0.001, TODAY);

        Document svg = parse(DependencyTreePicture.svg(service, risk, Map.of()));

        assertThat(texts(svg, "//g[@class='notes']/text")).contains("declares no dependencies");
        assertThat(nodes(svg, "//g[@data-domain]").getLength()).isZero();
    }

    @Test
    void thePicturesArePlainJavaSoThePdfReportsCanDrawThemToo() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.continuity.resilience.picture");
        assertThat(classes).isNotEmpty();
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework..",
                "jakarta.persistence..", "net.sf.jasperreports..").check(classes);
    }

    // ---- helpers

    static Document helpChat() throws Exception {
        Portfolio sample;
        try (var in = DependencyTreePictureTest.class.getResourceAsStream("/sample/portfolio.yaml")) {
            // the inventory part only: contracts and incidents belong to later modules, which this test does without
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            sample = new PortfolioReader().read(text.substring(0, text.indexOf("\ncontracts:") + 1)
                    .getBytes(StandardCharsets.UTF_8));
        }
        Map<String, DomainAvailability> availability = new LinkedHashMap<>();
        for (FailureDomain d : sample.failureDomains()) {
            availability.put(d.key(), new DomainAvailability(d.key(), d.availability(),
                    DomainAvailability.Source.PORTFOLIO));
        }
        BusinessService helpChat = sample.services().stream().filter(s -> s.key().equals("help-chat")).findFirst()
                .orElseThrow();
        ServiceRisk risk = RiskModel.analyse(helpChat, k -> availability.get(k).unavailability(), TODAY);
        return parse(DependencyTreePicture.svg(helpChat, risk, availability));
    }

    public static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        return document;
    }

    public static NodeList nodes(Document svg, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, svg, XPathConstants.NODESET);
    }

    public static Element one(Document svg, String xpath) throws Exception {
        NodeList found = nodes(svg, xpath);
        assertThat(found.getLength()).as(xpath).isEqualTo(1);
        return (Element) found.item(0);
    }

    /** The texts found, one after the other with a space between (wrapped lines join back into the sentence). */
    static String texts(Document svg, String xpath) throws Exception {
        NodeList found = nodes(svg, xpath);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            out.add(found.item(i).getTextContent());
        }
        return String.join(" ", out);
    }

    /** The lines of text under an element, joined with a space, as a reader would read them. */
    public static String words(Element element) {
        NodeList lines = element.getElementsByTagName("text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.getLength(); i++) {
            out.add(lines.item(i).getTextContent());
        }
        return String.join(" ", out);
    }

    static List<double[]> boxes(Document svg, String xpath) throws Exception {
        NodeList found = nodes(svg, xpath);
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            Node n = found.item(i);
            Element e = (Element) n;
            out.add(new double[]{Double.parseDouble(e.getAttribute("x")), Double.parseDouble(e.getAttribute("y")),
                    Double.parseDouble(e.getAttribute("width")), Double.parseDouble(e.getAttribute("height"))});
        }
        return out;
    }
}
