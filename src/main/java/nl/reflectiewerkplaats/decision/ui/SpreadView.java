package nl.reflectiewerkplaats.decision.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.reflectiewerkplaats.cards.ActInstruments;
import nl.reflectiewerkplaats.decision.Spread;

/**
 * The revealed spread of a decision: the four levels that are not acceptable and the two
 * that are, as two groups set visibly apart, each level with a bar, its count and (in a
 * named round) who chose it.
 */
class SpreadView extends Div {

    SpreadView(Spread spread, ActInstruments.DecisionLevels levels) {
        addClassName("rw-decision-spread");
        int most = Math.max(1, spread.levels().stream().mapToInt(Spread.LevelCount::count).max().orElse(1));
        Div groups = new Div(group(spread, false, most), group(spread, true, most));
        groups.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        Paragraph summary = new Paragraph(getTranslation("decision.spread.summary", spread.acceptable(), spread.total()));
        summary.addClassName("rw-decision-summary");
        summary.getStyle().set("font-weight", "600");
        add(groups, summary);
    }

    private Div group(Spread spread, boolean acceptable, int most) {
        Div group = new Div(new H4(getTranslation(acceptable ? "decision.acceptable" : "decision.notAcceptable")));
        group.addClassName(acceptable ? "rw-spread-acceptable" : "rw-spread-not-acceptable");
        groupStyle(group, acceptable);
        for (Spread.LevelCount level : spread.levels()) {
            if (level.acceptable() != acceptable) {
                continue;
            }
            Span name = new Span(level.name());
            name.getStyle().set("flex", "0 0 8.5em");
            Div bar = new Div();
            bar.getStyle().set("height", "0.9em").set("border-radius", "var(--lumo-border-radius-s)")
                    .set("width", (level.count() * 100 / most) + "%").set("min-width", level.count() > 0 ? "0.5em" : "0")
                    .set("background", acceptable ? "var(--rw-accent)" : "#9a6b4f");
            Div track = new Div(bar);
            track.getStyle().set("flex", "1 1 6em").set("background", "var(--lumo-contrast-5pct)")
                    .set("border-radius", "var(--lumo-border-radius-s)");
            Span count = new Span(String.valueOf(level.count()));
            count.addClassName("rw-level-count");
            count.getStyle().set("flex", "0 0 2em").set("text-align", "right").set("font-weight", "600");
            Div row = new Div(name, track, count);
            row.addClassName("rw-spread-row");
            row.getElement().setAttribute("data-level", level.id());
            row.getElement().setAttribute("data-count", String.valueOf(level.count()));
            row.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)")
                    .set("margin", "var(--lumo-space-xs) 0");
            group.add(row);
            if (!level.names().isEmpty()) {
                Span who = new Span(String.join(", ", level.names()));
                who.addClassName("rw-spread-names");
                who.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--rw-muted)")
                        .set("margin-left", "8.5em");
                group.add(who);
            }
        }
        return group;
    }

    /** The two groups' look: a soft warm frame for "not acceptable", the calm accent for "acceptable". */
    static void groupStyle(Div group, boolean acceptable) {
        group.getStyle().set("flex", "1 1 18em").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", acceptable ? "2px solid var(--rw-accent)" : "2px dashed #c9a98f")
                .set("background", acceptable ? "var(--rw-accent-soft)" : "#fbf4ee");
    }
}
