package com.continuity.resilience.ui;

import com.continuity.resilience.ResilienceService;
import com.continuity.resilience.model.WhatIf;
import com.continuity.resilience.picture.RiskFormat;
import com.continuity.shared.ui.Forms;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A simulated outage: pick failure domains, a duration and a basis, and see which services stop, which run
 * degraded on a fallback (with its switchover and capacity), which RTOs and MTPDs are breached, and the loss in
 * each currency. Input the service refuses is shown on the field at fault.
 */
@Route("what-if")
@PageTitle("What-if · Continuity")
@Menu(title = "What-if", order = 12)
@PermitAll
public class WhatIfView extends VerticalLayout {

    static final int DEFAULT_MINUTES = 240;

    private final ResilienceService resilience;
    private final MultiSelectComboBox<String> domains = new MultiSelectComboBox<>("Failure domains that fail");
    private final IntegerField duration = new IntegerField("Duration (minutes)");
    private final RadioButtonGroup<WhatIf.Basis> basis = new RadioButtonGroup<>("Basis");
    private final Paragraph summary = new Paragraph();
    private final Grid<WhatIf.Outcome> down = WhatIfOutcomes.grid("what-if-down", false);
    private final Grid<WhatIf.Outcome> degraded = WhatIfOutcomes.grid("what-if-degraded", true);
    private final Div result = new Div();
    private final Div additions = new Div();
    private final List<WhatIfAddition> additionSources;

    /** @param additionSources what later modules show under the answer (credits, say); may be empty */
    public WhatIfView(ResilienceService resilience, List<WhatIfAddition> additionSources) {
        this.resilience = resilience;
        this.additionSources = List.copyOf(additionSources);
        domains.setId("what-if-domains");
        domains.setItems(resilience.availabilities().keySet().stream().sorted().toList());
        domains.setWidth("28em");
        domains.setManualValidation(true);
        duration.setId("what-if-duration");
        duration.setValue(DEFAULT_MINUTES);
        duration.setStepButtonsVisible(true);
        duration.setManualValidation(true);
        basis.setId("what-if-basis");
        basis.setItems(WhatIf.Basis.IN_PRACTICE, WhatIf.Basis.ON_PAPER);
        basis.setItemLabelGenerator(RiskFormat::basis);
        basis.setValue(WhatIf.Basis.IN_PRACTICE);
        Button run = new Button("Run what-if", e -> run());
        run.setId("run-what-if");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(domains, duration, basis, run);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        summary.setId("what-if-summary");
        result.add(summary, new H3("Services that stop"), down, new H3("Services running degraded on a fallback"),
                degraded, additions);
        additions.setId("what-if-additions");
        additions.setWidthFull();
        result.setWidthFull();
        result.setVisible(false);
        add(new H2("What-if"),
                new Paragraph("Choose failure domains that fail together and for how long. In practice only the "
                        + "fallbacks that would really save the day take over; on paper every declared one does."),
                form, result);
    }

    private void run() {
        WhatIf.Result r = Forms.save(() -> resilience.whatIf(domains.getValue(),
                        duration.getValue() == null ? 0 : duration.getValue(), basis.getValue()),
                Map.<String, HasValidation>of("domains", domains, "durationMinutes", duration));
        if (r == null) {
            result.setVisible(false);
            return;
        }
        String scenario = "With " + String.join(", ", r.failedDomains()) + " down for "
                + RiskFormat.minutes(r.durationMinutes()) + " (" + RiskFormat.basis(r.basis()).toLowerCase() + "): ";
        String counts = WhatIfOutcomes.counts(r);
        summary.setText(scenario + (counts == null ? "no service stops or runs degraded." : counts + "."));
        down.setItems(r.down());
        degraded.setItems(r.degraded());
        additions.removeAll();
        additionSources.forEach(a -> additions.add(a.show(Set.copyOf(r.failedDomains()),
                r.durationMinutes(), r.basis())));
        result.setVisible(true);
    }
}
