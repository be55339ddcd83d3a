package com.continuity.reviews.picture;

import com.continuity.reviews.model.Quarter;
import com.continuity.reviews.model.Snapshot.TrendPoint;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.util.List;

import static com.continuity.resilience.picture.DependencyTreePictureTest.nodes;
import static com.continuity.resilience.picture.DependencyTreePictureTest.one;
import static com.continuity.resilience.picture.DependencyTreePictureTest.parse;
import static com.continuity.resilience.picture.DependencyTreePictureTest.words;
import static org.assertj.core.api.Assertions.assertThat;

/** The score-trend picture read back as XML: one slot per review, each figure written, lines only between reviews. */
class ScoreTrendChartTest {

    static final List<TrendPoint> THREE = List.of(
            new TrendPoint(Quarter.parse("2026-Q2"), 4, 30.0, 60, 1),
            new TrendPoint(Quarter.parse("2026-Q3"), 5, 42.5, 80, 3),
            new TrendPoint(Quarter.parse("2026-Q4"), 6, 40.0, 72, 2));

    static double attribute(Document svg, String xpath, String name) throws Exception {
        return Double.parseDouble(one(svg, xpath).getAttribute(name));
    }

    @Test
    void eachReviewIsASlotInOrderWithItsAverageHighestAndSpofFigures() throws Exception {
        Document svg = parse(ScoreTrendChart.svg("Risk score by quarter", THREE));

        assertThat(nodes(svg, "//g[@class='quarter']/@data-quarter").getLength()).isEqualTo(3);
        assertThat(one(svg, "(//g[@class='quarter'])[1]").getAttribute("data-quarter")).isEqualTo("2026-Q2");
        assertThat(one(svg, "(//g[@class='quarter'])[3]").getAttribute("data-quarter")).isEqualTo("2026-Q4");
        assertThat(words(one(svg, "//g[@data-quarter='2026-Q3']"))).contains("42.5", "80", "3 of 5", "2026-Q3");
        assertThat(words(one(svg, "//g[@data-quarter='2026-Q4']"))).contains("40", "72", "2 of 6", "2026-Q4");
        assertThat(words(svg.getDocumentElement())).contains("Risk score by quarter", "average score",
                "highest score", "services with a SPOF in practice");
    }

    @Test
    void aHigherScoreStandsHigherAndTheLinesJoinTheReviews() throws Exception {
        Document svg = parse(ScoreTrendChart.svg("Trend", THREE));

        // SVG's y grows downwards: the taller bar has the smaller y
        assertThat(attribute(svg, "//g[@data-quarter='2026-Q3']/rect[@class='average']", "y"))
                .isLessThan(attribute(svg, "//g[@data-quarter='2026-Q2']/rect[@class='average']", "y"));
        assertThat(attribute(svg, "//g[@data-quarter='2026-Q3']/circle[@class='highest']", "cy"))
                .isLessThan(attribute(svg, "//g[@data-quarter='2026-Q4']/circle[@class='highest']", "cy"));
        assertThat(one(svg, "//polyline[@class='highest']").getAttribute("points").split(" ")).hasSize(3);
        assertThat(one(svg, "//polyline[@class='spofs']").getAttribute("points").split(" ")).hasSize(3);
    }

    @Test
    void aSingleReviewIsOneSlotWithoutLines() throws Exception {
        Document svg = parse(ScoreTrendChart.svg("First review",
                List.of(new TrendPoint(Quarter.parse("2026-Q4"), 6, 43.2, 72, 3))));

        assertThat(nodes(svg, "//g[@class='quarter']").getLength()).isEqualTo(1);
        assertThat(nodes(svg, "//polyline").getLength()).isZero();
        assertThat(words(one(svg, "//g[@data-quarter='2026-Q4']"))).contains("43.2", "72", "3 of 6");
    }

    @Test
    void theRightScaleHoldsTheMostServicesOfAnyReviewAndNoReviewsSaySo() throws Exception {
        assertThat(ScoreTrendChart.spofScale(THREE)).isEqualTo(8);
        assertThat(ScoreTrendChart.spofScale(List.of(new TrendPoint(Quarter.parse("2026-Q4"), 1000, 40, 90, 999))))
                .isEqualTo(1000);
        assertThat(ScoreTrendChart.spofScale(List.of())).isEqualTo(4);
        assertThat(words(parse(ScoreTrendChart.svg("Trend", List.of())).getDocumentElement()))
                .contains("No reviews yet.");
    }
}
