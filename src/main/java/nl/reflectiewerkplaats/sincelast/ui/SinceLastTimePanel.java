package nl.reflectiewerkplaats.sincelast.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.reflectiewerkplaats.base.ui.Dates;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.facilitation.ui.AgendaBar;
import nl.reflectiewerkplaats.instrument.SessionContext;
import nl.reflectiewerkplaats.instrument.since.SinceEntry;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;
import nl.reflectiewerkplaats.sincelast.SinceLastShared;
import nl.reflectiewerkplaats.sincelast.SinceLastTimeService;
import nl.reflectiewerkplaats.sincelast.SinceOverview;

/**
 * "Sinds de vorige keer": one calm list of what changed since the case's previous meeting, by
 * heading, each entry with a way to its place in the workspace. Whoever leads sees it and may let
 * everyone look along; the others' views follow that choice live.
 */
public class SinceLastTimePanel extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Dates.DUTCH);

    private final SinceLastTimeService service;
    private final SessionContext context;
    private final Checkbox share = new Checkbox();
    private final Paragraph intro = new Paragraph();
    private final Div body = new Div();

    public SinceLastTimePanel(SinceLastTimeService service, CaseBroadcaster broadcaster, SessionContext context) {
        this.service = service;
        this.context = context;
        addClassName("rw-sincelast");
        getStyle().set("max-width", "60rem");
        intro.addClassName("rw-intro");
        add(new H3(getTranslation("sincelast.title")), intro);
        if (context.moderator()) {
            share.setLabel(getTranslation("sincelast.share"));
            share.setHelperText(getTranslation("sincelast.shareHelp"));
            share.addClassName("rw-sincelast-share");
            share.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    Messages.attempt(this, () -> service.share(context.actor(), context.caseId(), context.meetingId(),
                            e.getValue()));
                }
            });
            add(share);
        }
        body.addClassName("rw-sincelast-body");
        add(body);
        addAttachListener(e -> render());
        LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), SinceLastShared.class, e -> {
            if (context.meetingId().equals(e.meetingId())) {
                render();
            }
        });
    }

    private void render() {
        SinceOverview overview = service.overview(context.actor(), context.caseId(), context.meetingId(),
                (key, args) -> getTranslation(key, args));
        share.setValue(overview.shared());
        body.removeAll();
        if (overview.firstMeeting()) {
            intro.setText(getTranslation("sincelast.first"));
            return;
        }
        intro.setText(getTranslation("sincelast.intro", overview.previousTitle(), DAY.format(overview.previousDate())));
        if (!overview.visible()) {
            Paragraph waiting = new Paragraph(getTranslation("sincelast.notShared"));
            waiting.addClassName("rw-sincelast-waiting");
            body.add(waiting);
            return;
        }
        if (overview.entries().isEmpty()) {
            body.add(new Paragraph(getTranslation("sincelast.nothing")));
            return;
        }
        Map<SinceEntry.Section, List<SinceEntry>> bySection = overview.entries().stream()
                .collect(Collectors.groupingBy(SinceEntry::section, TreeMap::new, Collectors.toList()));
        bySection.forEach((section, entries) -> {
            Div list = new Div();
            list.addClassName("rw-sincelast-section");
            list.getElement().setAttribute("data-section", section.name());
            list.getElement().setAttribute("role", "list");
            entries.forEach(entry -> list.add(entry(entry)));
            H4 heading = new H4(getTranslation("sincelast.section." + section.name()));
            heading.getStyle().set("margin", "var(--lumo-space-m) 0 var(--lumo-space-xs)");
            body.add(heading, list);
        });
    }

    private Component entry(SinceEntry entry) {
        Div row = new Div();
        row.addClassName("rw-sincelast-entry");
        row.getElement().setAttribute("role", "listitem");
        row.getElement().setAttribute("data-instrument", entry.instrumentId());
        row.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline")
                .set("padding", "var(--lumo-space-xs) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        if (entry.change() != SinceEntry.Change.STANDING) {
            Span badge = new Span(getTranslation("sincelast.change." + entry.change().name()));
            badge.getElement().getThemeList().add("badge small"
                    + (entry.change() == SinceEntry.Change.REMOVED ? " error" : entry.change() == SinceEntry.Change.ADDED
                    ? " success" : ""));
            row.add(badge);
        }
        Span text = new Span(entry.text());
        text.addClassName("rw-sincelast-text");
        text.getStyle().set("flex", "1");
        row.add(text);
        if (!entry.detail().isEmpty()) {
            Span detail = new Span(entry.detail());
            detail.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            row.add(detail);
        }
        Button open = new Button(getTranslation("sincelast.open"), VaadinIcon.ARROW_RIGHT.create(),
                e -> goTo(entry.instrumentId()));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        open.setAriaLabel(getTranslation("sincelast.openLabel", entry.text()));
        row.add(open);
        return row;
    }

    /** Opens the entry's instrument through the workspace's own tabs (as an agenda step does). */
    private void goTo(String instrumentId) {
        AgendaBar.InstrumentView tabs = findAncestor(AgendaBar.InstrumentView.class);
        if (tabs != null) {
            tabs.goTo(instrumentId);
        }
    }
}
