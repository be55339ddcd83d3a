package com.continuity.resilience.model;

import com.continuity.inventory.BusinessService;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.List;
import java.util.Set;

import static com.continuity.resilience.model.Build.dependency;
import static com.continuity.resilience.model.Build.drilled;
import static com.continuity.resilience.model.Build.primary;
import static com.continuity.resilience.model.Build.service;
import static org.assertj.core.api.Assertions.assertThat;

/** The Open-PSA MEF export that SCRAM reads. */
class MefWriterTest {

    private static Mef write(FaultTree tree) {
        return new Mef(MefWriter.write(tree, d -> 0.001));
    }

    private static FaultTree paper(BusinessService s) {
        return FaultTree.of(s, p -> true);
    }

    @Test
    void theHelpChatsTreeIsWellFormedXmlWithATopGateNamedAfterTheService() {
        Mef mef = new Mef(MefWriter.write(HelpChat.analyse().paperTree(), HelpChat.Q));
        assertThat(mef.document.getDocumentElement().getTagName()).isEqualTo("opsa-mef");
        assertThat(mef.elements("define-fault-tree")).extracting(e -> e.getAttribute("name"))
                .containsExactly("help-chat");
        assertThat(MefWriter.topGate("help-chat")).isEqualTo("svc__help-chat");
        assertThat(mef.gateOrder.getFirst()).isEqualTo("svc__help-chat");
        assertThat(mef.basicEvents.keySet()).containsExactlyInAnyOrder("claude-api", "claude-token-path",
                "ai-gateway", "openai-api", "gpu-rack-a", "bedrock-eu-west-1");
        assertThat(mef.basicEvents.get("gpu-rack-a")).isEqualTo(1 - 0.99);
    }

    @Test
    void theHelpChatsTreeInMefFailsExactlyWhenTheModelSaysItDoes() {
        FaultTree tree = HelpChat.analyse().paperTree();
        Mef mef = new Mef(MefWriter.write(tree, HelpChat.Q));
        assertThat(mef.evaluate("svc__help-chat", Set.of("bedrock-eu-west-1"))).isTrue();
        assertThat(mef.evaluate("svc__help-chat", Set.of("ai-gateway"))).isFalse();
        assertThat(mef.evaluate("svc__help-chat", Set.of("ai-gateway", "gpu-rack-a"))).isTrue();
        assertThat(mef.evaluate("svc__help-chat", Set.of("claude-api", "openai-api"))).isFalse();
    }

    @Test
    void aServiceWithOneDependencyOfOnePathOnOneDomainIsWrittenAsThatBasicEventAlone() {
        Mef mef = write(paper(service("s", dependency("d", primary("only")))));
        assertThat(mef.gates.keySet()).containsExactly("svc__s");
        Element top = mef.formula("svc__s");
        assertThat(top.getTagName()).isEqualTo("basic-event");
        assertThat(top.getAttribute("name")).isEqualTo("only");
    }

    @Test
    void noGateNamesTheSameArgumentTwiceWhichScramRefuses() {
        // two paths of one dependency need only d; two dependencies come down to e alone
        String xml = MefWriter.write(paper(service("s",
                dependency("a", primary("d"), drilled("again", 5, 100, "d"), drilled("other", 5, 100, "e", "f")),
                dependency("b", primary("e")), dependency("c", primary("e")))), d -> 0.001);
        assertThat(xml).doesNotContain("<basic-event name=\"d\"/><basic-event name=\"d\"/>")
                .doesNotContain("<basic-event name=\"e\"/><basic-event name=\"e\"/>");
        assertThat(xml.split("<basic-event name=\"e\"/>", -1)).hasSize(3); // in path 'other' and once at the top
        Mef mef = new Mef(xml);
        assertThat(mef.evaluate("svc__s", Set.of("e"))).isTrue();
        assertThat(mef.evaluate("svc__s", Set.of("d"))).isFalse();
        assertThat(mef.evaluate("svc__s", Set.of("d", "f"))).isTrue();
    }

    @Test
    void aPathOfOneDomainIsWrittenAsItsBasicEventInsideTheDependencysAnd() {
        Mef mef = write(paper(service("s", dependency("d", primary("a"), drilled("f", 5, 100, "b")))));
        Element top = mef.formula("svc__s");
        assertThat(top.getTagName()).isEqualTo("gate");
        assertThat(top.getAttribute("name")).isEqualTo("dep__s__d");
        Element and = mef.formula("dep__s__d");
        assertThat(and.getTagName()).isEqualTo("and");
        assertThat(Mef.children(and)).extracting(e -> e.getAttribute("name")).containsExactly("a", "b");
        assertThat(mef.gates).doesNotContainKeys("path__s__d__primary", "path__s__d__f");
    }

    @Test
    void aDependencyOfOnePathOfSeveralDomainsIsWrittenAsThatPathsOr() {
        Mef mef = write(paper(service("s", dependency("d", primary("a", "b")), dependency("e", primary("c")))));
        Element top = mef.formula("svc__s");
        assertThat(top.getTagName()).isEqualTo("or");
        assertThat(Mef.children(top)).extracting(Element::getTagName).containsExactly("gate", "basic-event");
        String path = Mef.children(top).getFirst().getAttribute("name");
        assertThat(path).isEqualTo("path__s__d__primary");
        assertThat(mef.formula(path).getTagName()).isEqualTo("or");
        assertThat(mef.gates).doesNotContainKey("dep__s__d");
    }

    @Test
    void noAndOrOrIsWrittenWithFewerThanTwoArguments() {
        Mef mef = new Mef(MefWriter.write(HelpChat.analyse().practiceTree(), HelpChat.Q));
        for (String tag : List.of("and", "or")) {
            assertThat(mef.elements(tag)).allSatisfy(e -> assertThat(Mef.children(e)).hasSizeGreaterThan(1));
        }
    }

    @Test
    void keysThatAreNotMefNamesAreMappedThroughId() {
        assertThat(MefWriter.id("plain-key")).isEqualTo("plain-key");
        assertThat(MefWriter.id("a1")).isEqualTo("a1");
        assertThat(MefWriter.id("1st-region")).isEqualTo("k_1st_region");
        assertThat(MefWriter.id("gpu--rack")).isEqualTo("k_gpu__rack");
        assertThat(MefWriter.id("trailing-")).isEqualTo("k_trailing_");
        assertThat(List.of("1st-region", "gpu--rack", "trailing-", "9")).extracting(MefWriter::id)
                .allSatisfy(id -> assertThat(id).matches(Mef.IDENTIFIER));
    }

    @Test
    void servicesDependenciesPathsAndDomainsWithAwkwardKeysAreWrittenUnderTheirIds() {
        BusinessService s = service("24x7-chat", dependency("1st--dep", primary("9-gpu", "eu--west"),
                drilled("2nd", 5, 100, "ok")));
        Mef mef = write(paper(s));
        assertThat(mef.elements("define-fault-tree").getFirst().getAttribute("name")).isEqualTo("k_24x7_chat");
        assertThat(mef.gates.keySet()).containsExactlyInAnyOrder("svc__k_24x7_chat",
                "dep__k_24x7_chat__k_1st__dep", "path__k_24x7_chat__k_1st__dep__primary");
        assertThat(mef.basicEvents.keySet()).containsExactlyInAnyOrder("k_9_gpu", "k_eu__west", "ok");
        assertThat(mef.gates.keySet()).allSatisfy(g -> assertThat(g).matches(Mef.IDENTIFIER));
        assertThat(mef.evaluate("svc__k_24x7_chat", Set.of("k_eu__west", "ok"))).isTrue();
        assertThat(mef.evaluate("svc__k_24x7_chat", Set.of("k_eu__west"))).isFalse();
    }

    @Test
    void aDependencyWithNoPathThatCountsIsAlwaysFailedAndAServiceWithoutDependenciesNever() {
        FaultTree noPath = new FaultTree("s", List.of(new FaultTree.TreeDependency("d", List.of()),
                new FaultTree.TreeDependency("e", List.of(new FaultTree.TreePath("p", List.of("a"))))));
        assertThat(write(noPath).evaluate("svc__s", Set.of())).isTrue();
        FaultTree empty = new FaultTree("s", List.of());
        Mef mef = write(empty);
        assertThat(mef.formula("svc__s").getTagName()).isEqualTo("constant");
        assertThat(mef.evaluate("svc__s", Set.of())).isFalse();
    }

    @Test
    void unavailabilitiesAreWrittenSoThatTheyReadBackAsTheSameDoubles() {
        double[] values = {0.1, 1e-9, 0.0005000000000000004, 0.29999999999999993, 1.0 / 3};
        for (double v : values) {
            Mef mef = new Mef(MefWriter.write(paper(service("s", dependency("d", primary("a")))), d -> v));
            assertThat(mef.basicEvents.get("a")).isEqualTo(v);
        }
    }
}
