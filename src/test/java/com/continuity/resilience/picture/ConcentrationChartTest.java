package com.continuity.resilience.picture;

import com.continuity.resilience.model.Concentration;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;

import static com.continuity.resilience.picture.DependencyTreePictureTest.nodes;
import static com.continuity.resilience.picture.DependencyTreePictureTest.one;
import static com.continuity.resilience.picture.DependencyTreePictureTest.parse;
import static com.continuity.resilience.picture.DependencyTreePictureTest.words;
import static org.assertj.core.api.Assertions.assertThat;

class ConcentrationChartTest {

    @Test
    void eachProviderHasABarOnPaperAndInPracticeSizedByItsShareAndLabelledWithItsFigures() throws Exception {
        Document svg = parse(ConcentrationChart.svg(List.of(
                new Concentration("aws", "Amazon Web Services", 2, 1, 2),
                new Concentration("openai", "OpenAI", 2, 0, 0))));

        Element aws = one(svg, "//g[@data-provider='aws']");
        assertThat(words(aws)).contains("Amazon Web Services", "on paper 1 of 2 (50%)", "in practice 2 of 2 (100%)");
        double paper = Double.parseDouble(one(svg, "//g[@data-provider='aws']/rect[1]").getAttribute("width"));
        double practice = Double.parseDouble(one(svg, "//g[@data-provider='aws']/rect[2]").getAttribute("width"));
        assertThat(practice).isEqualTo(2 * paper);
        assertThat(one(svg, "//g[@data-provider='openai']/rect[1]").getAttribute("width")).isEqualTo("0");
        assertThat(words(one(svg, "//g[@data-provider='openai']"))).contains("in practice 0 of 2 (0%)");
    }

    @Test
    void namesAreEscapedAndNoProvidersStillGivesAChart() throws Exception {
        Document svg = parse(ConcentrationChart.svg(List.of(new Concentration("x<y", "A & B <C>", 0, 0, 0))));
        assertThat(words(one(svg, "//g[@data-provider='x<y']"))).contains("A & B <C>", "on paper 0 of 0 (0%)");

        Document empty = parse(ConcentrationChart.svg(List.of()));
        assertThat(nodes(empty, "//g[@data-provider]").getLength()).isZero();
        assertThat(words(empty.getDocumentElement())).contains("No providers.");
    }
}
