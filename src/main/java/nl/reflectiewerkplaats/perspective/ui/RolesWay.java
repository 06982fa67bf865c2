package nl.reflectiewerkplaats.perspective.ui;

import nl.reflectiewerkplaats.base.ui.EmptyState;
import nl.reflectiewerkplaats.instrument.SessionContext;
import nl.reflectiewerkplaats.round.ui.FinishRoundButton;
import nl.reflectiewerkplaats.round.ui.RevealModeField;
import nl.reflectiewerkplaats.round.ui.CurrentRound;
import nl.reflectiewerkplaats.base.ui.Confirm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import nl.reflectiewerkplaats.base.ui.Drafts;
import nl.reflectiewerkplaats.base.ui.Inputs;
import nl.reflectiewerkplaats.base.ui.UnsentTexts;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;
import nl.reflectiewerkplaats.perspective.PerspectiveEvents.AnswerChanged;
import nl.reflectiewerkplaats.perspective.PerspectiveEvents.RolesChanged;
import nl.reflectiewerkplaats.perspective.PerspectiveService;
import nl.reflectiewerkplaats.perspective.RoleAnswer;
import nl.reflectiewerkplaats.perspective.RoleCard;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundProgress;
import nl.reflectiewerkplaats.round.RoundService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.reflectiewerkplaats.casework.ui.Headcount;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import nl.reflectiewerkplaats.notes.ui.SharedNotes;
import nl.reflectiewerkplaats.round.ui.StoppedRounds;

/**
 * Perspectiefwissel, way 3 (roles): the facilitator names the key people; everyone
 * takes a role, never themselves; in silence each writes their biggest dilemma or fear
 * and how it feels, and sits as they feel; the facilitator reveals the table and the
 * seating picture.
 */
class RolesWay extends Div {

    private final PerspectiveService service;
    private final RoundService rounds;
    private final SessionContext context;
    private final Supplier<List<PerspectivePanel.Person>> people;
    private final SharedNoteService notes;
    private final CaseBroadcaster broadcaster;
    private final Div controls = new Div();
    private final Div roleList = new Div();
    private final Div mine = new Div();
    private final Div result = new Div();
    private final Span progress = new Span();
    private Round round;

    RolesWay(PerspectiveService service, RoundService rounds, SharedNoteService notes,
             CaseBroadcaster broadcaster, SessionContext context, Supplier<List<PerspectivePanel.Person>> people) {
        this.service = service;
        this.rounds = rounds;
        this.context = context;
        this.people = people;
        this.notes = notes;
        this.broadcaster = broadcaster;
        addClassName("rw-roles-way");
        progress.addClassName("rw-round-progress");
        roleList.addClassName("rw-role-list");
        add(controls, roleList, mine, result);
        addAttachListener(e -> show(rounds.current(context.actor(), context.caseId(), context.meetingId())
                .filter(PerspectiveService.ROUND::owns)
                .orElse(null)));

        CurrentRound.follow(this, broadcaster, context.caseId(), context.actor(), context.meetingId(),
                PerspectiveService.ROUND::owns, () -> round, changed -> round = changed, this::show);
        LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), RolesChanged.class, e -> {
            if (round != null && round.getId().equals(e.roundId())) {
                showRoles();
            }
        });
        LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), AnswerChanged.class, e -> {
            if (round != null && round.getId().equals(e.roundId()) && round.isRevealed()) {
                showResult();
            }
        });
        if (context.moderator()) {
            LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), RoundProgress.class, e -> {
                if (round != null && round.getId().equals(e.roundId())) {
                    showProgress(e.answeredBy());
                }
            });
        }
    }

    private void show(Round current) {
        Round before = this.round;
        this.round = current;
        controls.removeAll();
        roleList.removeAll();
        mine.removeAll();
        result.removeAll();
        if (current == null) {
            Paragraph intro = new Paragraph(getTranslation("perspective.way3.intro"));
            intro.addClassName("rw-intro");
            controls.add(intro);
            if (context.moderator()) {
                controls.add(insights(), startBar(), earlier());
            } else {
                controls.add(EmptyState.of(this, "perspective.noRound.title", "perspective.noRound.participant"));
            }
            return;
        }
        Paragraph status = new Paragraph(getTranslation(current.isRevealed() ? "perspective.revealed"
                : (current.isNamed() ? "perspective.answering.named" : "perspective.answering.anonymous")));
        status.addClassName("rw-round-status");
        controls.add(status);
        if (context.moderator()) {
            controls.add(moderatorBar());
        }
        showRoles();
        if (current.isRevealed()) {
            showResult();
        } else if (!context.moderator()) {
            showMyAnswer();
        }
        offerUnsent(before, current);
    }

    /**
     * A participant who was still writing when the round was revealed or stopped sees what
     * they had not saved (kept in their own tab), rather than losing it without a word.
     */
    private void offerUnsent(Round before, Round current) {
        if (context.moderator()) {
            return;
        }
        Round ended = current != null && current.isRevealed() ? current
                : before != null && !before.isRevealed() && (current == null || !current.getId().equals(before.getId()))
                ? before : null;
        if (ended == null) {
            return;
        }
        Optional<RoleAnswer> saved;
        try {
            saved = service.myAnswer(context.actor(), ended.getId());
        } catch (RuntimeException gone) {
            // a stopped round's answers are gone with it
            saved = Optional.empty();
        }
        UnsentTexts unsent = new UnsentTexts(getTranslation(ended == current ? "draft.unsent.revealed" : "draft.unsent.stopped"));
        unsent.check(this, draftKey(ended, "dilemma"), getTranslation("field.dilemma"),
                saved.map(RoleAnswer::getDilemma).orElse(""));
        unsent.check(this, draftKey(ended, "feeling"), getTranslation("field.feeling"),
                saved.map(RoleAnswer::getFeeling).orElse(""));
        (current == null ? controls : mine).add(unsent);
    }

    /** Where a participant's answer field keeps its text in their tab ({@link Drafts}). */
    private static String draftKey(Round round, String field) {
        return "rollen:" + round.getId() + ":" + field;
    }

    private Div insights() {
        Div box = new Div();
        box.addClassName("rw-insights");
        Span title = new Span(getTranslation("perspective.insights.title"));
        title.addClassName("rw-label");
        UnorderedList list = new UnorderedList(new ListItem(getTranslation("perspective.insight.moment")),
                new ListItem(getTranslation("perspective.insight.people")),
                new ListItem(getTranslation("perspective.insight.accept")));
        box.add(title, list);
        return box;
    }

    private Div startBar() {
        Div bar = new Div();
        bar.addClassName("rw-facilitator-bar");
        RevealModeField mode = new RevealModeField(Round.RevealMode.NAMED);
        Button start = new Button(getTranslation("perspective.start"), VaadinIcon.PLAY.create(),
                e -> Messages.attempt(this, () -> show(service.openRolesRound(context.actor(), context.caseId(),
                        context.meetingId(), mode.getValue()))));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        bar.add(mode, start, new StoppedRounds(rounds, context.actor(), context.caseId(),
                PerspectiveService.ROUND.topic(), r -> getTranslation("round.stopped.roles")));
        return bar;
    }

    private Div moderatorBar() {
        Div bar = new Div();
        bar.addClassName("rw-facilitator-bar");
        if (round.getPhase() == Round.Phase.ANSWERING) {
            TextField name = new TextField(getTranslation("field.roleName"));
            name.setMaxLength(RoleCard.NAME_MAX_LENGTH);
            name.setPlaceholder(getTranslation("perspective.rolePlaceholder"));
            Checkbox child = new Checkbox(getTranslation("perspective.childRole"));
            Select<PerspectivePanel.Person> linked = new Select<>();
            linked.setLabel(getTranslation("perspective.linked"));
            linked.setEmptySelectionAllowed(true);
            linked.setEmptySelectionCaption(getTranslation("perspective.linkedNobody"));
            linked.setItems(people.get());
            linked.setItemLabelGenerator(p -> p == null ? getTranslation("perspective.linkedNobody") : p.name());
            linked.setHelperText(getTranslation("perspective.linkedHelp"));
            Button add = new Button(getTranslation("perspective.addRole"), VaadinIcon.PLUS.create(), e -> {
                String role = name.getValue();
                Messages.attemptThen(this, () -> service.addRole(context.actor(), round.getId(), role,
                        child.getValue(), linked.getValue() == null ? null : linked.getValue().participantId()), () -> {
                    Inputs.clearAfterAdd(name, role);
                    child.clear();
                    linked.clear();
                    showRoles();
                });
            });
            showProgress(service.answeredBy(context.actor(), round.getId()));
            Button reveal = new Button(getTranslation("field.reveal"), VaadinIcon.EYE.create(), e -> confirmReveal());
            reveal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div roleForm = new Div(name, child, linked, add);
            roleForm.addClassName("rw-role-form");
            bar.add(roleForm, progress, reveal);
        } else {
            Button finish = new FinishRoundButton(rounds, context.actor(), round, () -> show(null));
            bar.add(new Span(getTranslation("perspective.reflect")), finish);
        }
        return bar;
    }

    private void confirmReveal() {
        List<String> missing = service.missing(context.actor(), round.getId());
        String text = missing.isEmpty() ? getTranslation("perspective.revealConfirm")
                : getTranslation("perspective.revealMissing", String.join(", ", missing));
        Confirm.step(this, getTranslation("field.reveal"), text, getTranslation("field.reveal"),
                () -> Messages.attempt(this, () -> show(rounds.reveal(context.actor(), round.getId()))));
    }

    private void showProgress(List<String> answeredBy) {
        int outOf = Headcount.outOf(context.actor(), context.meetingId(), answeredBy.size());
        progress.setText(answeredBy.isEmpty() ? getTranslation("perspective.progress.none", outOf)
                : getTranslation("perspective.progress", answeredBy.size(), String.join(", ", answeredBy), outOf));
    }

    private void showRoles() {
        roleList.removeAll();
        if (round == null) {
            return;
        }
        List<RoleCard> all = service.roles(context.actor(), round.getId());
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(context.moderator() ? "perspective.noRoles.facilitator"
                    : "perspective.noRoles"));
            none.addClassName("rw-muted");
            roleList.add(none);
            return;
        }
        for (RoleCard role : all) {
            Span name = new Span(role.getName());
            name.addClassName("rw-role-name");
            Div card = new Div(name);
            card.addClassName("rw-role");
            if (role.isChildRole()) {
                Span hint = new Span(getTranslation("perspective.childHint"));
                hint.addClassName("rw-muted");
                card.add(hint);
            }
            boolean mineRole = context.actor().id().equals(role.getTakenById());
            String who = !role.isTaken() ? getTranslation("perspective.free")
                    : mineRole ? getTranslation("perspective.yours")
                    : round.isNamed() ? getTranslation("perspective.takenBy", role.getTakenByName())
                    : getTranslation("perspective.taken");
            Span state = new Span(who);
            state.addClassName("rw-role-state");
            card.add(state);
            if (mineRole) {
                card.addClassName("rw-role-mine");
            }
            if (!context.moderator() && round.getPhase() == Round.Phase.ANSWERING && !mineRole) {
                Button choose = new Button(getTranslation("perspective.choose"), e -> {
                    Messages.attemptThen(this, () -> service.chooseRole(context.actor(), role.getId()), () -> {
                        showRoles();
                        showMyAnswer();
                    });
                });
                choose.addThemeVariants(ButtonVariant.LUMO_SMALL);
                if (context.actor().id().equals(role.getLinkedParticipantId())) {
                    choose.setEnabled(false);
                    choose.setTooltipText(getTranslation("error.role.notYourself"));
                    card.add(new Span(getTranslation("perspective.notYou")));
                } else if (role.isTaken()) {
                    choose.setEnabled(false);
                }
                card.add(choose);
            }
            if (context.moderator() && round.getPhase() == Round.Phase.ANSWERING && !role.isTaken()) {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    Messages.attemptThen(this, () -> service.removeRole(context.actor(), role.getId()), () -> {
                        showRoles();
                    });
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("action.remove"));
                card.add(remove);
            }
            roleList.add(card);
        }
    }

    private void showMyAnswer() {
        mine.removeAll();
        if (round == null || context.moderator()) {
            return;
        }
        Optional<RoleCard> myRole = service.roles(context.actor(), round.getId()).stream()
                .filter(r -> context.actor().id().equals(r.getTakenById())).findFirst();
        if (myRole.isEmpty()) {
            Paragraph hint = new Paragraph(getTranslation("perspective.chooseHint"));
            hint.addClassName("rw-muted");
            mine.add(hint);
            return;
        }
        Optional<RoleAnswer> saved = service.myAnswer(context.actor(), round.getId());
        Paragraph be = new Paragraph(getTranslation("perspective.beTheRole", myRole.get().getName()));
        be.addClassName("rw-round-status");
        TextArea dilemma = new TextArea(getTranslation("field.dilemma"));
        dilemma.setMaxLength(RoleAnswer.TEXT_MAX_LENGTH);
        dilemma.setWidthFull();
        TextArea feeling = new TextArea(getTranslation("field.feeling"));
        feeling.setMaxLength(RoleAnswer.TEXT_MAX_LENGTH);
        feeling.setWidthFull();
        Drafts.keep(dilemma, draftKey(round, "dilemma"), "draft.restored.answer");
        Drafts.keep(feeling, draftKey(round, "feeling"), "draft.restored.answer");
        SeatPicker seat = new SeatPicker();
        saved.ifPresent(a -> {
            dilemma.setValue(a.getDilemma());
            feeling.setValue(a.getFeeling());
            seat.set(a.getDistance(), a.isTurnedAway());
        });
        Button save = new Button(getTranslation("perspective.saveAnswer"), e -> {
            Messages.attemptThen(this, () -> service.answer(context.actor(), round.getId(), dilemma.getValue(),
                    feeling.getValue(), seat.distance(), seat.turnedAway()), () -> {
                Messages.showSuccess(getTranslation("perspective.answerSaved"));
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph privacy = new Paragraph(getTranslation("perspective.private"));
        privacy.addClassName("rw-muted");
        Div form = new Div(be, dilemma, feeling, seat, privacy, save);
        form.addClassName("rw-answer-form");
        mine.add(form);
    }

    private void showResult() {
        result.removeAll();
        List<PerspectiveService.TableRow> rows = service.table(context.actor(), round.getId());
        Div table = new Div();
        table.addClassName("rw-perspective-table");
        table.getElement().setAttribute("role", "table");
        Div head = new Div(cell(getTranslation("perspective.col.role"), true), cell(getTranslation("field.dilemma"), true),
                cell(getTranslation("field.feeling"), true));
        head.addClassName("rw-ptable-row");
        head.getElement().setAttribute("role", "row");
        table.add(head);
        for (PerspectiveService.TableRow row : rows) {
            String role = row.role() + (row.playedBy().isEmpty() ? "" : " (" + (row.mine() ? getTranslation("field.me") : row.playedBy()) + ")");
            Div r = new Div(cell(role, false), cell(row.dilemma(), false), cell(row.feeling(), false));
            r.addClassName("rw-ptable-row");
            r.getElement().setAttribute("role", "row");
            table.add(r);
        }
        result.add(table, seating(rows), new SharedNotes(notes, broadcaster, context,
                "perspectief:rollen:" + round.getId(), getTranslation("perspective.notes")));
    }

    /** Earlier roles rounds of this case, readable later. */
    private Div earlier() {
        List<PerspectiveService.PastRound> past = service.history(context.actor(), context.caseId()).stream()
                .filter(p -> round == null || !p.round().getId().equals(round.getId())).toList();
        if (past.isEmpty()) {
            return new Div();
        }
        DateTimeFormatter date = DateTimeFormatter
                .ofPattern("d MMMM yyyy", Locale.of("nl", "NL")).withZone(ZoneId.systemDefault());
        Div list = new Div();
        for (PerspectiveService.PastRound p : past) {
            Span title = new Span(getTranslation("perspective.pastRound", date.format(p.round().getOpenedAt())));
            title.addClassName("rw-history-title");
            UnorderedList rows = new UnorderedList();
            p.rows().forEach(r -> rows.add(new ListItem(r.role() + ": " + r.dilemma() + " — " + r.feeling())));
            list.add(new Div(title, rows));
        }
        return EarlierRounds.folded(getTranslation("perspective.history", past.size()), list);
    }

    private static Div cell(String text, boolean header) {
        Div c = new Div(new Span(text));
        c.addClassName(header ? "rw-ptable-head" : "rw-ptable-cell");
        c.getElement().setAttribute("role", header ? "columnheader" : "cell");
        return c;
    }

    /** "Zit zoals je je voelt": each role around a centre, near or far, turned towards or away. */
    private Div seating(List<PerspectiveService.TableRow> rows) {
        Div circle = new Div();
        circle.addClassName("rw-seating");
        Div centre = new Div();
        centre.addClassName("rw-seating-centre");
        circle.add(centre);
        for (int i = 0; i < rows.size(); i++) {
            PerspectiveService.TableRow row = rows.get(i);
            double angle = 2 * Math.PI * i / Math.max(1, rows.size()) - Math.PI / 2;
            double radius = 12 + 36 * row.distance();
            Div seat = new Div(new Span(row.role()));
            seat.addClassName("rw-seat");
            if (row.turnedAway()) {
                seat.addClassName("rw-seat-away");
            }
            seat.getStyle().set("left", String.format(Locale.ROOT, "%.1f%%", 50 + radius * Math.cos(angle)))
                    .set("top", String.format(Locale.ROOT, "%.1f%%", 50 + radius * Math.sin(angle)));
            seat.getElement().setAttribute("title", getTranslation(row.turnedAway() ? "perspective.away" : "perspective.towards"));
            circle.add(seat);
        }
        Div box = new Div(new Span(getTranslation("perspective.seating")), circle);
        box.addClassName("rw-seating-box");
        return box;
    }
}
