package com.continuity.reviews.ui;

import com.continuity.reviews.Review;
import com.continuity.reviews.ReviewDetails;
import com.continuity.reviews.ReviewService;
import com.continuity.reviews.model.Quarter;
import com.continuity.security.Team;
import com.continuity.shared.ui.Forms;
import com.continuity.shared.ui.Grids;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import java.util.Map;

/**
 * The quarterly reviews, newest quarter first, each a link to its page. Managers open a new one here: a quarter
 * (the current one by default) and a team, or the whole organisation; its snapshot is compiled at once.
 */
@Route("reviews")
@PageTitle("Reviews · Continuity")
@Menu(title = "Reviews", order = 35)
@PermitAll
public class ReviewsView extends VerticalLayout {

    private final ReviewService reviews;

    public ReviewsView(ReviewService reviews) {
        this.reviews = reviews;
        Grid<Review> grid = Grids.allRows(Review.class, "reviews-grid");
        grid.addComponentColumn(r -> link(r)).setHeader("Quarter").setAutoWidth(true);
        grid.addColumn(ReviewText::scope).setHeader("Scope").setFlexGrow(2);
        grid.addColumn(r -> ReviewText.status(r.status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(Review::openedBy).setHeader("Opened by").setAutoWidth(true);
        grid.addColumn(r -> ReviewText.time(r.openedAt())).setHeader("Opened").setAutoWidth(true);
        grid.addColumn(r -> ReviewText.time(r.signedAt())).setHeader("Signed").setAutoWidth(true);
        grid.setItems(reviews.reviews());

        add(new H2("Quarterly reviews"), new Paragraph("A review looks back on a quarter for one team or the whole "
                + "organisation. What it saw is frozen when it is opened; each team attests its services' RTO, RPO "
                + "and MTPD and signs, the manager signs last, and from then on the review is read-only."));
        if (reviews.canOpen()) {
            add(new H3("Open a review"), openForm());
        }
        add(new H3("Reviews"), grid);
    }

    private static RouterLink link(Review r) {
        RouterLink link = new RouterLink(r.quarter().toString(), ReviewView.class,
                new RouteParameters("id", Long.toString(r.id())));
        link.setId("review-" + r.id());
        return link;
    }

    private Component openForm() {
        ComboBox<Quarter> quarter = new ComboBox<>("Quarter");
        quarter.setItems(reviews.recentQuarters());
        quarter.setItemLabelGenerator(Quarter::toString);
        quarter.setValue(reviews.currentQuarter());
        quarter.setId("review-quarter");
        quarter.setManualValidation(true);
        ComboBox<Team> team = new ComboBox<>("Scope");
        team.setItems(reviews.teams());
        team.setItemLabelGenerator(Team::name);
        team.setPlaceholder("Whole organisation");
        team.setHelperText("Empty: the whole organisation");
        team.setClearButtonVisible(true);
        team.setId("review-team");
        team.setManualValidation(true);
        Button open = new Button("Open review", e -> {
            ReviewDetails opened = Forms.save(() -> reviews.open(quarter.getValue() == null ? null
                    : quarter.getValue().toString(), team.getValue() == null ? null : team.getValue().key()),
                    Map.of("quarter", quarter, "team", team));
            if (opened != null) {
                getUI().ifPresent(ui -> ui.navigate(ReviewView.class,
                        new RouteParameters("id", Long.toString(opened.review().id()))));
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("open-review");
        HorizontalLayout form = new HorizontalLayout(quarter, team, open);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setId("open-review-form");
        return form;
    }
}
