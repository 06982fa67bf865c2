package nl.reflectiewerkplaats.ladder.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.base.ui.Dates;
import nl.reflectiewerkplaats.base.ui.LiveText;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.ladder.Approach;
import nl.reflectiewerkplaats.ladder.CaseLadder;
import nl.reflectiewerkplaats.ladder.EscalationClock;
import nl.reflectiewerkplaats.ladder.LadderChanged;
import nl.reflectiewerkplaats.ladder.LadderContent;
import nl.reflectiewerkplaats.ladder.LadderService;
import nl.reflectiewerkplaats.ladder.LadderState;
import nl.reflectiewerkplaats.ladder.Rung;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;
import org.jspecify.annotations.Nullable;

/**
 * The ladder van effectiviteit of a case, live for everyone who has it open: the five situations
 * with the case's own highlighted, the way of working and who has the regie, the escalation clock
 * with its marks, and the steps up and down. Whoever leads changes it; the others read along.
 */
public class LadderPanel extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Dates.DUTCH);

    private final LadderService service;
    private final LadderContent content;
    private final Actor actor;
    private final String caseId;
    private final boolean moderator;
    private final Div body = new Div();
    private final Div columns = new Div();
    private final Div standingBox = box("rw-ladder-standing", "flex", "2 1 24rem");
    private final Div clockBox = box("rw-ladder-clock", "margin-top", "var(--lumo-space-l)");
    /** What the panel shows of the ladder; made again with every change. */
    private @Nullable Component rungsShown;
    private @Nullable Component standingShown;
    private @Nullable Component clockShown;
    private @Nullable Component historyShown;
    private LadderState shown;
    /*
     * The facilitator's forms are made once and stay while the ladder changes, so a change made
     * elsewhere never takes what is being typed or chosen in them, nor closes a form that is open
     * (a field sends its text only when it is left: a form made again would lose what it had).
     * What was not touched follows the stored ladder.
     */
    private @Nullable Select<Rung> rungField;
    private @Nullable TextField reasonField;
    private @Nullable Select<Approach> wayField;
    private @Nullable LiveText<TextField> directorText;
    private @Nullable DatePicker sinceField;
    private @Nullable DatePicker backField;

    public LadderPanel(LadderService service, CaseBroadcaster broadcaster, Actor actor, String caseId,
                       boolean moderator) {
        this.service = service;
        this.content = service.content();
        this.actor = actor;
        this.caseId = caseId;
        this.moderator = moderator;
        addClassName("rw-ladder-panel");
        getStyle().set("max-width", "72rem");
        Paragraph intro = line("rw-intro", content.intro());
        Paragraph source = line("rw-source", getTranslation("cards.source", content.source().publication(),
                content.source().section()));
        columns.addClassName("rw-ladder-columns");
        columns.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)")
                .set("align-items", "flex-start");
        columns.add(standingBox);
        body.add(columns, clockBox);
        add(new H3(content.title()), intro, body, source);
        addAttachListener(e -> show(service.ladder(actor, caseId)));
        LiveUpdates.bind(this, broadcaster, caseId, actor, LadderChanged.class, e -> show(e.ladder()));
    }

    /** Shows the ladder as stored; a later version never gives way to an older one. */
    private void show(LadderState ladder) {
        if (shown != null && ladder.version() < shown.version()) {
            return;
        }
        LadderState before = shown;
        shown = ladder;
        rungsShown = swap(columns, rungsShown, rungs(ladder), 0);
        standingShown = swap(standingBox, standingShown, standing(ladder), 0);
        clockShown = swap(clockBox, clockShown, clock(ladder), 0);
        historyShown = swap(body, historyShown, history(ladder), 2);
        if (moderator) {
            if (rungField == null) {
                standingBox.add(stepForm(ladder), wayForm(ladder));
                clockBox.add(datesForm(ladder));
            } else {
                follow(rungField, before.rung(), ladder.rung());
                follow(wayField, before.approach(), ladder.approach());
                follow(sinceField, before.outOfSchoolSince(), ladder.outOfSchoolSince());
                follow(backField, before.backAtSchool(), ladder.backAtSchool());
                directorText.changedElsewhere(ladder.director(),
                        getTranslation("ladder.directorElsewhere", ladder.director()));
            }
        }
    }

    /** Puts {@code fresh} where {@code old} was (or at {@code index}); returns it. */
    private static Component swap(Div parent, @Nullable Component old, Component fresh, int index) {
        if (old != null) {
            index = parent.getElement().indexOfChild(old.getElement());
            parent.remove(old);
        }
        parent.addComponentAtIndex(index, fresh);
        return fresh;
    }

    /** A choice the facilitator left as it was follows the stored ladder; one they changed stays. */
    private static <T> void follow(HasValue<?, T> field, @Nullable T before, @Nullable T now) {
        if (Objects.equals(field.getValue(), before) && !Objects.equals(before, now)) {
            field.setValue(now);
        }
    }

    /** The five situations, the top of the ladder first; the case's own stands out. */
    private Component rungs(LadderState ladder) {
        OrderedList list = new OrderedList();
        list.addClassName("rw-ladder-rungs");
        list.getElement().setAttribute("aria-label", getTranslation("ladder.rungs"));
        list.getStyle().set("list-style", "none").set("padding", "0").set("margin", "0").set("flex", "1 1 20rem")
                .set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        List<Rung> topFirst = new ArrayList<>(Arrays.asList(Rung.values()));
        Collections.reverse(topFirst);
        for (Rung rung : topFirst) {
            LadderContent.Item item = content.step(rung);
            Span name = new Span(item.name());
            name.getStyle().set("font-weight", "600");
            Span fitting = new Span(" · " + content.approach(rung.fitting()).name());
            fitting.addClassName("rw-muted");
            ListItem li = new ListItem(name, fitting);
            li.addClassName("rw-ladder-rung");
            li.getElement().setAttribute("data-rung", rung.name());
            li.getElement().setAttribute("title", item.description());
            li.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                    .set("border-radius", "var(--lumo-border-radius-m)")
                    .set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("border-left", "6px solid var(--lumo-contrast-20pct)");
            if (rung == ladder.rung()) {
                li.addClassName("rw-ladder-current");
                li.getElement().setAttribute("aria-current", "step");
                li.getStyle().set("border-left-color", "var(--lumo-primary-color)")
                        .set("background", "var(--lumo-primary-color-10pct)");
                Span here = new Span(" · " + getTranslation("ladder.here"));
                here.getStyle().set("color", "var(--lumo-primary-text-color)").set("font-weight", "600");
                li.add(here);
            }
            list.add(li);
        }
        return list;
    }

    /** Where the case stands, the way of working and who has the regie (the facilitator's forms come after). */
    private Component standing(LadderState ladder) {
        Div box = new Div();
        if (ladder.rung() == null) {
            Paragraph none = line("rw-ladder-situation", getTranslation("ladder.notPlaced"));
            box.add(none);
        } else {
            LadderContent.Item step = content.step(ladder.rung());
            Paragraph situation = line("rw-ladder-situation", getTranslation("ladder.situation", step.name()));
            situation.getStyle().set("font-weight", "600").set("margin-bottom", "0");
            Paragraph about = line("rw-muted", step.description());
            box.add(situation, about);
        }
        if (ladder.approach() != null) {
            LadderContent.Item way = content.approach(ladder.approach());
            Paragraph approach = line("rw-ladder-approach", getTranslation("ladder.approach", way.name()));
            approach.getStyle().set("font-weight", "600").set("margin-bottom", "0");
            Paragraph about = line("rw-muted", way.description());
            box.add(approach, about);
        }
        Paragraph director = line("rw-ladder-director", ladder.director().isEmpty() ? getTranslation("ladder.noDirector")
                : getTranslation("ladder.director", ladder.director()));
        box.add(director);
        return box;
    }

    private Component stepForm(LadderState ladder) {
        Select<Rung> to = select("ladder.field.rung", Rung.values(), r -> content.step(r).name(), ladder.rung());
        TextField reason = new TextField(getTranslation("ladder.field.reason"));
        reason.setMaxLength(CaseLadder.REASON_MAX_LENGTH);
        reason.setWidthFull();
        reasonField = reason;
        rungField = to;
        // after the step is stored, the reason is emptied (the step is in the history)
        Button save = new Button(getTranslation("ladder.saveStep"), e -> change(
                () -> service.step(actor, caseId, shown.version(), to.getValue(), reason.getValue()),
                reason::clear));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return form("rw-ladder-step-form", getTranslation("ladder.stepTitle"), to, reason, save);
    }

    /** A choice among {@code values}, labelled with {@code labelKey}, showing {@code value}. */
    private <T> Select<T> select(String labelKey, T[] values, ItemLabelGenerator<T> names, @Nullable T value) {
        Select<T> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(names);
        select.setValue(value);
        return select;
    }

    private Component wayForm(LadderState ladder) {
        Select<Approach> way = select("ladder.field.approach", Approach.values(), a -> content.approach(a).name(),
                ladder.approach());
        TextField director = new TextField(getTranslation("ladder.field.director"));
        director.setPlaceholder(getTranslation("ladder.field.directorPlaceholder"));
        director.setMaxLength(CaseLadder.DIRECTOR_MAX_LENGTH);
        director.setValue(ladder.director());
        wayField = way;
        directorText = LiveText.follow(director, ladder.director());
        Button save = new Button(getTranslation("ladder.saveWay"), e -> change(
                () -> service.setWayOfWorking(actor, caseId, shown.version(), way.getValue(), director.getValue()),
                () -> { }));
        return form("rw-ladder-way-form", getTranslation("ladder.wayTitle"), way, director, save);
    }

    /**
     * Saves a change and shows the ladder as stored; when someone else changed it meanwhile, shows
     * theirs and says so (a text that looks identifying is asked about first, as everywhere).
     */
    private void change(Supplier<LadderState> save, Runnable saved) {
        Messages.attemptThen(this, () -> {
            try {
                show(save.get());
            } catch (StaleEditException stale) {
                show(stale.<LadderState>current());
                throw stale;
            }
        }, saved);
    }

    private static Paragraph line(String className, String text) {
        Paragraph line = new Paragraph(text);
        line.addClassName(className);
        return line;
    }

    /** A box of the panel with its class, styled by pairs of property and value. */
    private static Div box(String className, String... style) {
        Div box = new Div();
        box.addClassName(className);
        for (int i = 0; i + 1 < style.length; i += 2) {
            box.getStyle().set(style[i], style[i + 1]);
        }
        return box;
    }

    private static Component form(String className, String title, Component... fields) {
        Div row = new Div(fields);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "baseline");
        Details form = new Details(title, row);
        form.addClassName(className);
        return form;
    }

    /** The escalation clock: where it stands, a bar with its marks, and the dates (the facilitator's form comes after). */
    private Component clock(LadderState ladder) {
        Div box = new Div();
        EscalationClock.Reading reading = ladder.clock(service.today());
        EscalationClock.Sentence sentence = reading.sentence();
        Paragraph status = line("rw-ladder-clock-status", getTranslation(sentence.key(), sentence.arguments()));
        status.getElement().setAttribute("data-phase", reading.phase().name());
        status.getElement().setAttribute("role", "status");
        status.getStyle().set("font-weight", "600");
        if (reading.urgent()) {
            status.addClassName("rw-ladder-warning");
            status.getStyle().set("color", reading.phase() == EscalationClock.Phase.PAST_LIMIT
                            ? "var(--lumo-error-text-color)" : "var(--lumo-warning-text-color, #8a5300)")
                    .set("border-left", "4px solid currentColor").set("padding-left", "var(--lumo-space-s)");
        }
        Paragraph about = line("rw-muted", content.clock().intro());
        box.add(new H4(getTranslation("ladder.clockTitle")), status);
        if (reading.phase() != EscalationClock.Phase.NOT_RUNNING) {
            box.add(ClockBar.of(reading, ladder.outOfSchoolSince(), getTranslation("ladder.clock.marks")));
            String dates = getTranslation("ladder.since", Dates.format(ladder.outOfSchoolSince()))
                    + (ladder.backAtSchool() == null ? ""
                    : " " + getTranslation("ladder.backOn", Dates.format(ladder.backAtSchool())));
            Paragraph when = line("rw-ladder-dates", dates);
            box.add(when);
        }
        box.add(about);
        return box;
    }

    private Component datesForm(LadderState ladder) {
        DatePicker since = Dates.dutch(new DatePicker(getTranslation("ladder.field.since")));
        since.setValue(ladder.outOfSchoolSince());
        since.setMax(service.today());
        DatePicker back = Dates.dutch(new DatePicker(getTranslation("ladder.field.back")));
        back.setValue(ladder.backAtSchool());
        back.setMax(service.today());
        sinceField = since;
        backField = back;
        Button save = new Button(getTranslation("ladder.saveDates"), e -> change(
                () -> service.setAbsence(actor, caseId, shown.version(), since.getValue(), back.getValue()),
                () -> { }));
        return form("rw-ladder-dates-form", getTranslation("ladder.datesTitle"), since, back, save);
    }

    /** Every step up or down, newest first: when, who, from where to where, and why. */
    private Component history(LadderState ladder) {
        Div box = new Div(new H4(getTranslation("ladder.historyTitle")));
        box.addClassName("rw-ladder-history");
        if (ladder.moves().isEmpty()) {
            Paragraph none = line("rw-muted", getTranslation("ladder.noMoves"));
            box.add(none);
            return box;
        }
        OrderedList list = new OrderedList();
        list.getStyle().set("padding-left", "var(--lumo-space-l)");
        List<LadderState.Move> newestFirst = new ArrayList<>(ladder.moves());
        Collections.reverse(newestFirst);
        for (LadderState.Move move : newestFirst) {
            String direction = getTranslation(switch (move.direction()) {
                case 1 -> "ladder.move.up";
                case -1 -> "ladder.move.down";
                default -> "ladder.move.placed";
            });
            String fromTo = (move.from() == null ? "" : content.step(move.from()).name() + " → ")
                    + content.step(move.to()).name();
            ListItem item = new ListItem(new Span(getTranslation("ladder.move", direction, fromTo,
                    WHEN.format(move.at().atZone(DutchTime.ZONE)), move.byName())));
            Paragraph why = line("rw-muted", move.reason());
            why.getStyle().set("margin", "0");
            item.add(why);
            item.addClassName("rw-ladder-move");
            list.add(item);
        }
        box.add(list);
        return box;
    }
}
