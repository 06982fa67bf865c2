package nl.reflectiewerkplaats.learningpoints.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.ui.Dates;
import nl.reflectiewerkplaats.base.ui.LiveText;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.learningpoints.Answer;
import nl.reflectiewerkplaats.learningpoints.LearningPointAnswer;
import nl.reflectiewerkplaats.learningpoints.LearningPointAnswered;
import nl.reflectiewerkplaats.learningpoints.LearningPoints;
import nl.reflectiewerkplaats.learningpoints.LearningPointsService;
import nl.reflectiewerkplaats.learningpoints.PointAnswer;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;
import org.jspecify.annotations.Nullable;

/**
 * The ten leerpunten of a case, live for everyone who has them open. In a meeting, each point is
 * answered for the group (ja, deels, nee, n.v.t., with a note); beneath, a table shows every
 * meeting's answers side by side, so the group sees how they moved. Without a meeting (the case
 * page) only the table shows.
 */
public class LearningPointsPanel extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Dates.DUTCH);

    private final LearningPointsService service;
    private final LearningPoints points;
    private final Actor actor;
    private final String caseId;
    private final @Nullable String meetingId;
    private final boolean mayAnswer;
    /** Every answer of the case: meeting → point → answer, meetings in date order. */
    private final Map<String, Map<String, PointAnswer>> answers = new LinkedHashMap<>();
    private final Map<String, RadioButtonGroup<Answer>> choices = new HashMap<>();
    private final Map<String, TextField> notes = new HashMap<>();
    /** Each point's note with the text last stored: another's note never replaces one being typed. */
    private final Map<String, LiveText<TextField>> liveNotes = new HashMap<>();
    private final Div table = new Div();

    /**
     * @param meetingId the meeting whose answers are given here; null for the case page (reading only)
     * @param mayAnswer whether this person answers (not a watcher)
     */
    public LearningPointsPanel(LearningPointsService service, CaseBroadcaster broadcaster, Actor actor,
                               String caseId, @Nullable String meetingId, boolean mayAnswer) {
        this.service = service;
        this.points = service.points();
        this.actor = actor;
        this.caseId = caseId;
        this.meetingId = meetingId;
        this.mayAnswer = mayAnswer && meetingId != null;
        addClassName("rw-learningpoints-panel");
        getStyle().set("max-width", "72rem");
        Paragraph intro = new Paragraph(points.intro());
        intro.addClassName("rw-intro");
        add(new H3(points.title()), intro);
        if (meetingId != null) {
            Div list = new Div();
            list.addClassName("rw-learningpoints");
            for (LearningPoints.Point point : points.points()) {
                list.add(point(point));
            }
            add(list);
        }
        table.addClassName("rw-learningpoints-history");
        Paragraph source = new Paragraph(getTranslation("cards.source", points.source().publication(),
                points.source().section()));
        source.addClassName("rw-source");
        H4 historyTitle = new H4(getTranslation("learningpoints.historyTitle"));
        historyTitle.getStyle().set("margin-top", "var(--lumo-space-l)");
        add(historyTitle, table, source);
        addAttachListener(e -> {
            answers.clear();
            service.answers(actor, caseId).forEach(this::remember);
            showCurrent();
            showTable();
        });
        LiveUpdates.bind(this, broadcaster, caseId, actor, LearningPointAnswered.class, e -> {
            remember(e.answer());
            if (e.answer().meetingId().equals(meetingId)) {
                showCurrent(e.answer());
            }
            showTable();
        });
    }

    private void remember(PointAnswer answer) {
        answers.computeIfAbsent(answer.meetingId(), m -> new LinkedHashMap<>()).put(answer.pointId(), answer);
    }

    private Component point(LearningPoints.Point point) {
        H4 question = new H4(point.number() + ". " + point.question());
        question.getStyle().set("margin", "0");
        Paragraph hint = new Paragraph(point.explanation());
        hint.addClassName("rw-muted");
        hint.getStyle().set("margin", "var(--lumo-space-xs) 0");
        RadioButtonGroup<Answer> choice = new RadioButtonGroup<>();
        choice.setItems(Answer.values());
        choice.setItemLabelGenerator(a -> getTranslation("learningpoints.answer." + a.name()));
        choice.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        choice.setAriaLabel(point.question());
        choice.setReadOnly(!mayAnswer);
        TextField note = new TextField();
        note.setPlaceholder(getTranslation("learningpoints.notePlaceholder"));
        note.setAriaLabel(getTranslation("learningpoints.noteFor", point.number()));
        note.setMaxLength(LearningPointAnswer.NOTE_MAX_LENGTH);
        note.setReadOnly(!mayAnswer);
        note.getStyle().set("flex", "1 1 16rem");
        choice.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(point, e.getValue(), note.getValue(), () -> choice.setValue(e.getOldValue()));
            }
        });
        note.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(point, choice.getValue(), e.getValue(), () -> note.setValue(e.getOldValue()));
            }
        });
        choices.put(point.id(), choice);
        notes.put(point.id(), note);
        liveNotes.put(point.id(), LiveText.follow(note, ""));
        Div answerRow = new Div(choice, note);
        answerRow.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("align-items", "baseline");
        Div box = new Div(question, hint, answerRow);
        box.addClassName("rw-learningpoint");
        box.getElement().setAttribute("data-point", point.id());
        box.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return box;
    }

    private void save(LearningPoints.Point point, @Nullable Answer answer, String note, Runnable undo) {
        if (Messages.attempt(this, () -> service.answer(actor, caseId, meetingId, point.id(), answer, note))) {
            liveNotes.get(point.id()).saved(note);
        } else {
            undo.run();
        }
    }

    /** Puts this meeting's stored answers into the controls. */
    private void showCurrent() {
        if (meetingId != null) {
            answers.getOrDefault(meetingId, Map.of()).values().forEach(this::showCurrent);
        }
    }

    private void showCurrent(PointAnswer answer) {
        RadioButtonGroup<Answer> choice = choices.get(answer.pointId());
        TextField note = notes.get(answer.pointId());
        if (choice != null && note != null) {
            choice.setValue(answer.answer());
            liveNotes.get(answer.pointId()).changedElsewhere(answer.note(),
                    getTranslation("learningpoints.noteElsewhere", answer.byName(), answer.note()));
        }
    }

    /** Points down, meetings across (oldest first): how the answers moved. */
    private void showTable() {
        table.removeAll();
        if (answers.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("learningpoints.noAnswers"));
            none.addClassName("rw-muted");
            table.add(none);
            return;
        }
        Map<String, PointAnswer> firstOfMeeting = new LinkedHashMap<>();
        answers.values().stream().map(m -> m.values().iterator().next())
                .sorted(Comparator.comparing(PointAnswer::meetingDate).thenComparing(PointAnswer::meetingId))
                .forEach(a -> firstOfMeeting.put(a.meetingId(), a));
        NativeTable grid = new NativeTable();
        grid.getStyle().set("border-collapse", "collapse").set("font-size", "var(--lumo-font-size-s)");
        NativeTableRow header = new NativeTableRow();
        header.add(cellHeader(getTranslation("learningpoints.point")));
        firstOfMeeting.values().forEach(m -> {
            NativeTableHeaderCell th = cellHeader(DAY.format(m.meetingDate()));
            th.getElement().setAttribute("title", m.meetingTitle());
            header.add(th);
        });
        grid.getHead().add(header);
        NativeTableBody body = grid.getBody();
        for (LearningPoints.Point point : points.points()) {
            NativeTableRow row = new NativeTableRow();
            row.getElement().setAttribute("data-point", point.id());
            NativeTableHeaderCell name = cellHeader(point.number() + ". " + point.question());
            name.getElement().setAttribute("scope", "row");
            name.getStyle().set("font-weight", "normal");
            row.add(name);
            for (String meeting : firstOfMeeting.keySet()) {
                PointAnswer a = answers.get(meeting).get(point.id());
                NativeTableCell cell = new NativeTableCell();
                cell.addClassName("rw-learningpoint-cell");
                cell.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                        .set("border-top", "1px solid var(--lumo-contrast-10pct)").set("vertical-align", "top")
                        .set("min-width", "9rem");
                if (a != null) {
                    Span value = new Span(a.answer() == null ? "–"
                            : getTranslation("learningpoints.answer." + a.answer().name()));
                    value.getStyle().set("font-weight", "600");
                    cell.add(value);
                    if (!a.note().isEmpty()) {
                        Span note = new Span(" " + a.note());
                        note.addClassName("rw-muted");
                        cell.add(note);
                    }
                }
                row.add(cell);
            }
            body.add(row);
        }
        Div scroller = new Div(grid);
        scroller.getStyle().set("overflow-x", "auto");
        table.add(scroller);
    }

    private static NativeTableHeaderCell cellHeader(String text) {
        NativeTableHeaderCell th = new NativeTableHeaderCell(text);
        th.getStyle().set("text-align", "left").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("vertical-align", "top").set("border-top", "1px solid var(--lumo-contrast-10pct)");
        return th;
    }
}
