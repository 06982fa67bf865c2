package nl.reflectiewerkplaats.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.NotFoundException;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import nl.reflectiewerkplaats.base.DutchTime;
import org.assertj.core.groups.Tuple;

@StoreTest
class TimelineServiceTests {

    @Autowired
    TimelineService timeline;
    @Autowired
    MeetingService meetings;
    @Autowired
    TestData data;

    @Given
    Actor.Facilitator facilitator;
    @Given
    Case theCase;
    @Given
    Meeting meeting;
    Actor.Participant bram;

    @BeforeEach
    void setUp() {
        bram = data.participant(meeting, "Bram");
    }

    private static TimelineEventDraft draft(LocalDate date, String title, EventKind kind) {
        return new TimelineEventDraft(EventDate.day(date), title, "", "", kind);
    }

    @Test
    void theFiveKindsAreStoredWithTheirDefaultLaneAndWhoAddedThemWhere() {
        for (EventKind kind : EventKind.values()) {
            timeline.addEvent(bram, theCase.getId(), meeting.getId(), draft(LocalDate.of(2020, 1, 1 + kind.ordinal()),
                    "Gebeurtenis " + kind, kind));
        }
        List<TimelineEvent> events = timeline.events(facilitator, theCase.getId());
        assertThat(events).extracting(TimelineEvent::getKind).containsExactly(EventKind.values());
        assertThat(events).extracting(TimelineEvent::getParty).containsExactly(Party.PROFESSIONALS,
                Party.PROFESSIONALS, Party.FAMILY, Party.FAMILY, Party.FAMILY);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.getAddedByName()).isEqualTo("Bram");
            assertThat(e.getMeetingId()).isEqualTo(meeting.getId());
        });
        // prepared by the facilitator before any meeting
        TimelineEvent prepared = timeline.addEvent(facilitator, theCase.getId(), null,
                draft(LocalDate.of(2019, 5, 1), "Uit het dossier", EventKind.DECISION));
        assertThat(prepared.getMeetingId()).isNull();
        assertThat(timeline.events(bram, theCase.getId()).getFirst().getTitle()).isEqualTo("Uit het dossier");
    }

    @Test
    void datesKeepTheirHonestPrecision() {
        TimelineEvent month = timeline.addEvent(bram, theCase.getId(), meeting.getId(), new TimelineEventDraft(
                new EventDate(LocalDate.of(2021, 3, 17), EventDate.Precision.MONTH, false), "Verhuizing", "", "gezin",
                EventKind.FAMILY_FACT));
        TimelineEvent year = timeline.addEvent(bram, theCase.getId(), meeting.getId(), new TimelineEventDraft(
                new EventDate(LocalDate.of(2018, 8, 2), EventDate.Precision.YEAR, true), "Scheiding ouders", "", "",
                EventKind.FAMILY_FACT));
        TimelineEvent day = timeline.addEvent(bram, theCase.getId(), meeting.getId(),
                draft(LocalDate.of(2022, 11, 4), "Gesprek school en wijkteam", EventKind.CONTACT));

        assertThat(month.getDate().date()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(month.getDate().end()).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(month.getDate().label()).isEqualTo("maart 2021");
        assertThat(year.getDate().label()).isEqualTo("ca. 2018");
        assertThat(year.getDate().end()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(day.getDate().label()).isEqualTo("4 november 2022");
        assertThat(timeline.events(facilitator, theCase.getId())).extracting(TimelineEvent::getTitle)
                .containsExactly("Scheiding ouders", "Verhuizing", "Gesprek school en wijkteam");
    }

    @Test
    void badDatesAreToldNotCrashed() {
        assertThatThrownBy(() -> timeline.addEvent(bram, theCase.getId(), meeting.getId(),
                new TimelineEventDraft(null, "Zonder datum", "", "", EventKind.CONTACT)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("error.timeline.noDate");
        assertThatThrownBy(() -> timeline.addEvent(bram, theCase.getId(), meeting.getId(),
                draft(LocalDate.of(1200, 1, 1), "Typefout", EventKind.CONTACT)))
                .hasMessageContaining("error.timeline.implausibleDate");
        TimelineEventDraft far = draft(DutchTime.today().plusYears(3), "Evaluatie", EventKind.DECISION);
        assertThatThrownBy(() -> timeline.addEvent(bram, theCase.getId(), meeting.getId(), far))
                .isInstanceOf(FarFutureDateException.class);
        assertThat(timeline.events(facilitator, theCase.getId())).isEmpty();
        TimelineEvent confirmed = timeline.addEvent(bram, theCase.getId(), meeting.getId(), far.confirmed());
        assertThat(confirmed.getDate().date()).isEqualTo(DutchTime.today().plusYears(3));
        assertThatThrownBy(() -> timeline.addEvent(bram, theCase.getId(), meeting.getId(),
                draft(LocalDate.of(2020, 1, 1), "  ", EventKind.CONTACT)))
                .hasMessageContaining("error.input.required");
    }

    @Test
    void switchingLanesLosesNothing() {
        TimelineEvent decision = timeline.addEvent(bram, theCase.getId(), meeting.getId(),
                draft(LocalDate.of(2020, 1, 1), "Uithuisplaatsing besloten", EventKind.DECISION));
        TimelineEvent fact = timeline.addEvent(bram, theCase.getId(), meeting.getId(),
                draft(LocalDate.of(2020, 2, 1), "Oma overleden", EventKind.FAMILY_FACT));
        TimelineEvent feeling = timeline.addEvent(bram, theCase.getId(), meeting.getId(),
                draft(LocalDate.of(2020, 3, 1), "Ik voelde me gehoord", EventKind.EXPERIENCE));
        assertThat(timeline.timeline(bram, theCase.getId()).laneMode()).isEqualTo(LaneMode.PARTIES);
        assertThat(List.of(decision, fact, feeling)).extracting(LaneMode.PARTIES::above).containsExactly(true, false, false);

        assertThatThrownBy(() -> timeline.setLaneMode(bram, theCase.getId(), LaneMode.ACTIONS_EXPERIENCES))
                .isInstanceOf(NoAccessException.class);
        TimelineSettings switched = timeline.setLaneMode(facilitator, theCase.getId(), LaneMode.ACTIONS_EXPERIENCES);
        assertThat(switched.laneMode()).isEqualTo(LaneMode.ACTIONS_EXPERIENCES);
        List<TimelineEvent> after = timeline.events(bram, theCase.getId());
        assertThat(after).extracting(LaneMode.ACTIONS_EXPERIENCES::above).containsExactly(true, true, false);

        timeline.setLaneMode(facilitator, theCase.getId(), LaneMode.PARTIES);
        assertThat(timeline.events(bram, theCase.getId())).extracting(TimelineEvent::getTitle, TimelineEvent::getParty)
                .containsExactlyElementsOf(after.stream()
                        .map(e -> Tuple.tuple(e.getTitle(), e.getParty())).toList());
    }

    @Test
    void aLockedTimelineRefusesParticipantsButNotTheFacilitator() {
        TimelineEvent event = timeline.addEvent(bram, theCase.getId(), meeting.getId(),
                draft(LocalDate.of(2020, 1, 1), "Eerste melding", EventKind.CONTACT));
        timeline.setLocked(facilitator, theCase.getId(), true);
        assertThatThrownBy(() -> timeline.addEvent(bram, theCase.getId(), meeting.getId(),
                draft(LocalDate.of(2020, 1, 2), "Nog eentje", EventKind.CONTACT)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("error.timeline.locked");
        assertThatThrownBy(() -> timeline.moveEvent(bram, event.getId(), event.getVersion(), LocalDate.of(2021, 1, 1)))
                .hasMessageContaining("error.timeline.locked");
        assertThatThrownBy(() -> timeline.flagGap(bram, theCase.getId(), meeting.getId(), LocalDate.of(2020, 6, 1), ""))
                .hasMessageContaining("error.timeline.locked");
        assertThat(timeline.addEvent(facilitator, theCase.getId(), meeting.getId(),
                draft(LocalDate.of(2020, 1, 3), "Van de begeleider", EventKind.DECISION))).isNotNull();
        timeline.setLocked(facilitator, theCase.getId(), false);
        assertThat(timeline.moveEvent(bram, event.getId(), event.getVersion(), LocalDate.of(2021, 1, 1))
                .getDate().date()).isEqualTo(LocalDate.of(2021, 1, 1));
    }

    @Test
    void watchersCannotAdd() {
        Actor.Participant watcher = meetings.join(meetings.watchLink(facilitator, meeting.getId()).getWatchToken(), "Kijker", "student").asActor();
        assertThatThrownBy(() -> timeline.addEvent(watcher, theCase.getId(), meeting.getId(),
                draft(LocalDate.of(2020, 1, 1), "Mag niet", EventKind.CONTACT))).isInstanceOf(NoAccessException.class);
    }

    @Test
    void staleEditsAndRemovedEventsAreExplained() {
        TimelineEvent event = timeline.addEvent(bram, theCase.getId(), meeting.getId(),
                draft(LocalDate.of(2020, 1, 1), "Melding", EventKind.CONTACT));
        timeline.editEvent(facilitator, event.getId(), event.getVersion(),
                draft(LocalDate.of(2020, 1, 1), "Melding bij Veilig Thuis", EventKind.CONTACT));
        assertThatThrownBy(() -> timeline.editEvent(bram, event.getId(), event.getVersion(),
                draft(LocalDate.of(2020, 1, 1), "Melding door school", EventKind.CONTACT)))
                .isInstanceOfSatisfying(StaleEditException.class, e ->
                        assertThat(e.<TimelineEvent>current().getTitle()).isEqualTo("Melding bij Veilig Thuis"));
        timeline.removeEvent(facilitator, event.getId());
        assertThatThrownBy(() -> timeline.editEvent(bram, event.getId(), event.getVersion() + 1,
                draft(LocalDate.of(2020, 1, 1), "Melding door school", EventKind.CONTACT)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("error.timeline.gone");
    }

    @Test
    void periodsAreNamedSpans() {
        TimelinePeriod period = timeline.addPeriod(bram, theCase.getId(), meeting.getId(), LocalDate.of(2021, 9, 1),
                LocalDate.of(2020, 9, 1), "Een jaar zonder contact met school");
        assertThat(period.start()).isEqualTo(LocalDate.of(2020, 9, 1));
        assertThat(period.end()).isEqualTo(LocalDate.of(2021, 9, 1));
        assertThat(timeline.periods(facilitator, theCase.getId())).extracting(TimelinePeriod::name)
                .containsExactly("Een jaar zonder contact met school");
        assertThatThrownBy(() -> timeline.addPeriod(bram, theCase.getId(), meeting.getId(), null,
                LocalDate.of(2020, 1, 1), "x")).hasMessageContaining("error.timeline.periodDates");
        assertThatThrownBy(() -> timeline.addPeriod(bram, theCase.getId(), meeting.getId(), LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 2, 1), "")).hasMessageContaining("error.input.required");
        timeline.removePeriod(facilitator, period.id());
        assertThat(timeline.periods(facilitator, theCase.getId())).isEmpty();
    }

    @Test
    void aGapIsFlaggedAndLaterFilledWithAnEvent() {
        TimelineGap gap = timeline.flagGap(bram, theCase.getId(), meeting.getId(), LocalDate.of(2019, 6, 1),
                "Wat gebeurde er na de verhuizing?");
        assertThat(gap.isOpen()).isTrue();
        assertThat(gap.getAskedByName()).isEqualTo("Bram");
        TimelineEvent filled = timeline.fillGap(facilitator, gap.getId(), meeting.getId(),
                draft(LocalDate.of(2019, 6, 12), "Nieuwe school gezocht", EventKind.DECISION));
        TimelineGap after = timeline.gaps(bram, theCase.getId()).getFirst();
        assertThat(after.isOpen()).isFalse();
        assertThat(after.getFilledByEventId()).isEqualTo(filled.getId());
        assertThatThrownBy(() -> timeline.fillGap(facilitator, gap.getId(), meeting.getId(),
                draft(LocalDate.of(2019, 6, 12), "Nog eens", EventKind.DECISION))).hasMessageContaining("gapFilled");
        assertThatThrownBy(() -> timeline.flagGap(bram, theCase.getId(), meeting.getId(), null, "?"))
                .hasMessageContaining("error.timeline.noDate");
    }

    @Test
    void linkedEventsRememberTheirSourceUntilUnlinked() {
        TimelineEvent linked = timeline.addLinkedEvent(facilitator, theCase.getId(), null,
                draft(LocalDate.of(2017, 1, 1), "Opa overleden", EventKind.FAMILY_FACT), "genogram", "person-42");
        assertThat(linked.isLinked()).isTrue();
        assertThat(linked.getSourceType()).isEqualTo("genogram");
        assertThat(linked.getSourceId()).isEqualTo("person-42");
        assertThat(timeline.eventsFromSource(bram, theCase.getId(), "genogram", "person-42"))
                .extracting(TimelineEvent::getId).containsExactly(linked.getId());
        assertThat(timeline.unlinkSource(facilitator, theCase.getId(), "genogram", "person-42")).isEqualTo(1);
        TimelineEvent after = timeline.events(bram, theCase.getId()).getFirst();
        assertThat(after.isLinked()).isFalse();
        assertThat(after.getTitle()).isEqualTo("Opa overleden");
    }

    @Test
    void theHighlightNamesOneEventOfTheCase() {
        TimelineEvent event = timeline.addEvent(bram, theCase.getId(), meeting.getId(),
                draft(LocalDate.of(2020, 1, 1), "Keerpunt", EventKind.CONTACT));
        assertThatThrownBy(() -> timeline.highlight(bram, theCase.getId(), event.getId()))
                .isInstanceOf(NoAccessException.class);
        assertThat(timeline.highlight(facilitator, theCase.getId(), event.getId()).highlightedEventId())
                .isEqualTo(event.getId());
        assertThat(timeline.timeline(bram, theCase.getId()).highlightedEventId()).isEqualTo(event.getId());
        assertThat(Arrays.asList(timeline.highlight(facilitator, theCase.getId(), null).highlightedEventId()))
                .containsOnlyNulls();
    }
}
