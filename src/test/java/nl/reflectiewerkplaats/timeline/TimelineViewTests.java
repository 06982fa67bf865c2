package nl.reflectiewerkplaats.timeline;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.interview.Interview;
import nl.reflectiewerkplaats.interview.InterviewService;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.support.KaribuViewTest;
import nl.reflectiewerkplaats.timeline.ui.EventDialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import nl.reflectiewerkplaats.base.DutchTime;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;

@KaribuViewTest
class TimelineViewTests {

    @Autowired
    TimelineService timeline;
    @Autowired
    InterviewService interviews;

    @Given
    Actor.Facilitator facilitator;
    @Given
    Case theCase;
    @Given
    Meeting meeting;

    @Test
    void noDateIsExplainedAndAFarDateAsksFirst() {
        joinTimeline("Sanne");
        _click(_get(Button.class, s -> s.withText("Gebeurtenis toevoegen")));
        _setValue(_get(TextField.class, s -> s.withLabel("Wat gebeurde er (kort)")), "Evaluatie jeugdbescherming");
        @SuppressWarnings("unchecked")
        Select<EventKind> kind = _get(Select.class, s -> s.withLabel("Soort"));
        _setValue(kind, EventKind.DECISION);
        _click(_get(Button.class, s -> s.withText("Opslaan")));
        NotificationsKt.expectNotifications("Vul een datum in. Weet je de dag niet precies? Kies dan 'alleen de maand' "
                + "of 'alleen het jaar', en zo nodig 'ongeveer'.");
        assertThat(_get(EventDialog.class).isOpened()).isTrue();
        assertThat(_get(TextField.class, s -> s.withLabel("Wat gebeurde er (kort)")).getValue())
                .isEqualTo("Evaluatie jeugdbescherming");

        _setValue(_get(DatePicker.class, s -> s.withLabel("Datum")), DutchTime.today().plusYears(4));
        _click(_get(Button.class, s -> s.withText("Opslaan")));
        ConfirmDialog ask = _get(ConfirmDialog.class);
        assertThat(ask.getElement().getProperty("header")).isEqualTo("Datum ver in de toekomst");
        assertThat(timeline.events(facilitator, theCase.getId())).isEmpty();
        ConfirmDialogKt._fireConfirm(ask);
        assertThat(timeline.events(facilitator, theCase.getId())).extracting(TimelineEvent::getTitle)
                .containsExactly("Evaluatie jeugdbescherming");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Evaluatie jeugdbescherming",
                "Beslismoment in de hulpverlening", "Professionals");
    }

    @Test
    void editingAnEventSomeoneJustRemovedExplainsAndKeepsTheText() {
        TimelineEvent event = timeline.addEvent(facilitator, theCase.getId(), null, new TimelineEventDraft(
                EventDate.day(LocalDate.of(2021, 5, 3)), "Mentor belt moeder", "", "mentor", EventKind.CONTACT));
        joinTimeline("Sanne");
        GridKt._clickItem(grid(), 0, 0, false, false, false, false);
        _setValue(_get(TextField.class, s -> s.withLabel("Wat gebeurde er (kort)")), "Mentor belt moeder op");
        timeline.removeEvent(facilitator, event.getId());
        assertThat(KaribuSupport.awaitPush(() -> _get(EventDialog.class).getChildren()
                .anyMatch(c -> c instanceof Paragraph p && p.isVisible()
                        && p.getText().startsWith("Iemand heeft deze gebeurtenis net verwijderd")),
                Duration.ofSeconds(5))).isTrue();
        assertThat(_get(TextField.class, s -> s.withLabel("Wat gebeurde er (kort)")).getValue())
                .isEqualTo("Mentor belt moeder op");
        _click(_get(Button.class, s -> s.withText("Opslaan")));
        List<TimelineEvent> now = timeline.events(facilitator, theCase.getId());
        assertThat(now).extracting(TimelineEvent::getTitle).containsExactly("Mentor belt moeder op");
        assertThat(now.getFirst().getId()).isNotEqualTo(event.getId());
    }

    @Test
    void aLinkedEventShowsWhereItCameFromAndALaneSwitchArrivesLive() {
        Interview interview = interviews.create(facilitator, theCase.getId(), "moeder");
        interviews.saveNote(facilitator, interview.getId(), "moment", "Ik voelde me eindelijk gehoord.");
        interviews.noteToTimeline(facilitator, interview.getId(), "moment", null,
                new EventDate(LocalDate.of(2020, 2, 1), EventDate.Precision.MONTH, false), "Eindelijk gehoord");
        joinTimeline("Sanne");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("februari 2020", "Uitspraak over de beleving", "Gezin",
                "Eindelijk gehoord", "uit het interview met moeder");

        timeline.setLaneMode(facilitator, theCase.getId(), LaneMode.ACTIONS_EXPERIENCES);
        assertThat(KaribuSupport.awaitPush(() -> GridKt._getFormattedRow(grid(), 0).contains("Beleving en uitspraken"),
                Duration.ofSeconds(5))).isTrue();

        timeline.setLocked(facilitator, theCase.getId(), true);
        assertThat(KaribuSupport.awaitPush(() -> !_get(Button.class, s -> s.withText("Gebeurtenis toevoegen")).isEnabled(),
                Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void aPeriodAndAQuestionMarkedByFormAreListedAndCanBeRemoved() {
        joinTimeline("Sanne");
        _click(_get(Button.class, s -> s.withText("Periode markeren")));
        _click(_get(Button.class, s -> s.withText("Datums invullen")));
        _setValue(_get(DatePicker.class, s -> s.withLabel("Van")), LocalDate.of(2020, 1, 1));
        _setValue(_get(DatePicker.class, s -> s.withLabel("Tot en met")), LocalDate.of(2020, 6, 30));
        _setValue(_get(TextField.class, s -> s.withLabel("Naam van de periode")), "Een half jaar zonder school");
        _click(_get(Button.class, s -> s.withText("Opslaan")));
        assertThat(timeline.periods(facilitator, theCase.getId())).extracting(TimelinePeriod::name)
                .containsExactly("Een half jaar zonder school");
        assertThat(listText("rw-timeline-periods")).contains("Een half jaar zonder school");

        _click(_get(Button.class, s -> s.withText("Ontbreekt er iets?")));
        _click(_get(Button.class, s -> s.withText("Datum invullen")));
        _setValue(_get(DatePicker.class, s -> s.withLabel("Rond welke datum")), LocalDate.of(2021, 9, 1));
        _setValue(_get(TextField.class, s -> s.withLabel("Wat ontbreekt er volgens jou?")), "Wat gebeurde er na de zomer?");
        _click(_get(Button.class, s -> s.withText("Vraagteken plaatsen")));
        assertThat(timeline.gaps(facilitator, theCase.getId())).extracting(TimelineGap::getQuestion)
                .containsExactly("Wat gebeurde er na de zomer?");
        assertThat(listText("rw-timeline-gaps")).contains("Wat gebeurde er na de zomer?");

        _click(_get(_get(Div.class, s -> s.withClasses("rw-timeline-periods")), Div.class,
                s -> s.withClasses("rw-timeline-list-item")));
        _click(_get(Button.class, s -> s.withText("Verwijderen")));
        assertThat(timeline.periods(facilitator, theCase.getId())).isEmpty();
        assertThat(listText("rw-timeline-periods")).isEqualTo("Nog geen perioden gemarkeerd.");
        assertThat(listText("rw-timeline-gaps")).contains("Wat gebeurde er na de zomer?");
    }

    @Test
    void theListShowsWhatChangedWhileItWasClosedAndFollowsLiveWhileOpen() {
        joinTimeline("Sanne");
        Details list = _get(Details.class, s -> s.withClasses("rw-timeline-list-details"));
        assertThat(list.isOpened()).isFalse();
        timeline.addEvent(facilitator, theCase.getId(), null, new TimelineEventDraft(
                EventDate.day(LocalDate.of(2019, 3, 4)), "Eerste gesprek met school", "", "mentor", EventKind.CONTACT));
        // a view takes its changes in order: once the lock that came after has arrived, so has the event
        lockAndWait(true);

        list.setOpened(true);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Eerste gesprek met school", "Professionals");

        timeline.addEvent(facilitator, theCase.getId(), null, new TimelineEventDraft(
                EventDate.day(LocalDate.of(2018, 1, 2)), "Melding bij Veilig Thuis", "", "", EventKind.DECISION));
        assertThat(KaribuSupport.awaitPush(() -> GridKt._size(grid()) == 2, Duration.ofSeconds(5))).isTrue();
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Melding bij Veilig Thuis");

        list.setOpened(false);
        timeline.setLaneMode(facilitator, theCase.getId(), LaneMode.ACTIONS_EXPERIENCES);
        timeline.addEvent(facilitator, theCase.getId(), null, new TimelineEventDraft(
                EventDate.day(LocalDate.of(2020, 6, 1)), "Zomer zonder school", "", "", EventKind.EXPERIENCE));
        lockAndWait(false);
        list.setOpened(true);
        assertThat(GridKt._size(grid())).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(grid(), 2)).contains("Zomer zonder school", "Beleving en uitspraken");
    }

    private void lockAndWait(boolean locked) {
        timeline.setLocked(facilitator, theCase.getId(), locked);
        assertThat(KaribuSupport.awaitPush(() -> _get(Button.class, s -> s.withText("Gebeurtenis toevoegen")).isEnabled()
                == !locked, Duration.ofSeconds(5))).isTrue();
    }

    private static String listText(String className) {
        return _get(Div.class, s -> s.withClasses(className)).getElement().getTextRecursively();
    }

    private void joinTimeline(String name) {
        KaribuSupport.joinAs(meeting.getInviteToken(), name);
        TabSheet instruments = _get(TabSheet.class, s -> s.withClasses("rw-instruments"));
        for (int i = 0; ; i++) {
            if ("Tijdlijn".equals(instruments.getTabAt(i).getLabel())) {
                instruments.setSelectedIndex(i);
                return;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Grid<TimelineEvent> grid() {
        // the list is filled when it is opened, as a person opens it
        _get(Details.class, s -> s.withClasses("rw-timeline-list-details")).setOpened(true);
        return _get(Grid.class, s -> s.withClasses("rw-timeline-list"));
    }
}
