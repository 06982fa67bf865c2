package nl.reflectiewerkplaats.solo;

import java.io.IOException;
import java.io.UncheckedIOException;
import nl.reflectiewerkplaats.report.SessionReportService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import nl.reflectiewerkplaats.access.AccessLog;
import nl.reflectiewerkplaats.access.AccessPolicy;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.access.RequestOrigin;
import nl.reflectiewerkplaats.access.SharedBuckets;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.base.UserFacingException;
import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.cards.TensionField;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.live.CaseSupport;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundService;
import nl.reflectiewerkplaats.solo.SoloReflectionService.SoloLink;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import nl.reflectiewerkplaats.tensionfield.MarkerView;
import nl.reflectiewerkplaats.tensionfield.TensionFieldService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Zelf reflecteren: the personal link (hashed, expiring at the next planned meeting,
 * revocable), its owner's place and answers that stay theirs, a place brought into a
 * round that stays private until the reveal, and one answer shared with the group.
 */
@StoreTest
class SoloReflectionServiceTests {

    @Autowired
    SessionReportService reports;
    @Autowired
    SoloReflectionService solo;
    @Autowired
    SoloInvitationRepository invitations;
    @Autowired
    SoloPlaceRepository places;
    @Autowired
    SoloAnswerRepository answers;
    @Autowired
    MeetingService meetings;
    @Autowired
    RoundService rounds;
    @Autowired
    TensionFieldService fields;
    @Autowired
    CardCatalog catalog;
    @Autowired
    AccessPolicy access;
    @Autowired
    AccessLog accessLog;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    RequestOrigin origin;
    @Autowired
    SharedBuckets buckets;
    @Autowired
    TestData data;

    @Given
    Actor.Facilitator anna;
    @Given
    Case theCase;
    @Given
    Meeting first;

    private Actor.Participant piet;
    private TensionField field;

    @BeforeEach
    void pietTookPartInTheFirstMeeting() {
        piet = data.participant(first, "Piet");
        field = catalog.tensionFields().getFirst();
    }

    private String invitePiet() {
        return solo.invite(anna, theCase.getId(), piet.id(), List.of(field.id())).token();
    }

    private static String keyOf(Throwable e) {
        return ((UserFacingException) e).messageKey();
    }

    @Test
    void theLinkOpensTheChosenFieldAndKeepsWhatIsWrittenStoredUnderAHashOnly() {
        SoloLink link = solo.invite(anna, theCase.getId(), piet.id(), List.of(field.id()));

        solo.place(link.token(), field.id(), 0.3);
        solo.answer(link.token(), field.id(), 0, "Ik blijf graag bij wat bewezen werkt.");
        solo.answer(link.token(), field.id(), 1, "Proberen durf ik pas als de school meedoet.");
        solo.answer(link.token(), field.id(), 1, "Proberen durf ik als de school meedoet.");

        var session = solo.open(link.token());
        assertThat(session.ownerName()).isEqualTo("Piet");
        assertThat(session.fields()).extracting(TensionField::id).containsExactly(field.id());
        assertThat(session.places()).containsEntry(field.id(), 0.3);
        assertThat(session.answers().get(field.id())).containsEntry(0, "Ik blijf graag bij wat bewezen werkt.")
                .containsEntry(1, "Proberen durf ik als de school meedoet.");
        // the token itself is nowhere in the store
        SoloInvitation stored = invitations.findById(link.invitation().getId()).orElseThrow();
        assertThat(stored.getTokenHash()).isNotEqualTo(link.token()).hasSize(64);
        assertThat(invitations.findByTokenHash(link.token())).isEmpty();
        // a question outside the field and a field outside the invitation are refused, plainly
        assertThatThrownBy(() -> solo.answer(link.token(), field.id(), 99, "x"))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.solo.unknownQuestion"));
        assertThatThrownBy(() -> solo.place(link.token(), catalog.tensionFields().get(1).id(), 0.5))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.field.unknown"));
        assertThatThrownBy(() -> solo.open("onbekende-link-" + System.nanoTime()))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.solo.unknown"));
        // the use of the link is on the access log, as Piet
        accessLog.flush();
        assertThat(accessLog.entriesOfCase(theCase.getId())).anySatisfy(entry -> {
            assertThat(entry.actorId()).isEqualTo(piet.id());
            assertThat(entry.object()).contains("SoloReflectionService.answer");
        });
    }

    @Test
    void theLinkWorksUntilTheDayOfTheNextPlannedMeetingOrTwoWeeksWithoutOne() {
        MutableClock clock = new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        SoloReflectionService later = new SoloReflectionService(invitations, places, answers, meetings, rounds, fields,
                catalog, new CaseSupport(access, events, clock), origin, buckets);
        String noMeetingPlanned = later.invite(anna, theCase.getId(), piet.id(), List.of(field.id())).token();
        Instant twoWeeks = clock.instant().plus(Duration.ofDays(SoloReflectionService.DAYS_WITHOUT_MEETING));
        assertThat(later.open(noMeetingPlanned).expiresAt()).isEqualTo(twoWeeks);

        // a meeting planned a week ahead: the link works until that day begins, Dutch time
        var nextDay = DutchTime.today().plusDays(7);
        meetings.createMeeting(anna, theCase.getId(), "Tweede bijeenkomst", nextDay);
        Instant nextMeeting = nextDay.atStartOfDay(DutchTime.ZONE).toInstant();
        assertThat(later.open(noMeetingPlanned).expiresAt()).isEqualTo(nextMeeting);

        clock.set(nextMeeting.minusSeconds(60));
        later.answer(noMeetingPlanned, field.id(), 0, "Net op tijd.");
        clock.set(nextMeeting);
        assertThatThrownBy(() -> later.open(noMeetingPlanned))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.solo.expired"));
        assertThatThrownBy(() -> later.answer(noMeetingPlanned, field.id(), 0, "Te laat."))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.solo.expired"));
        SoloInvitation stored = invitations.findByTokenHash(
                nl.reflectiewerkplaats.access.BearerTokens.hash(noMeetingPlanned)).orElseThrow();
        assertThat(answers.findByInvitationIdOrderByFieldIdAscQuestionAsc(stored.getId()))
                .extracting(SoloAnswer::getText).containsExactly("Net op tijd.");
    }

    @Test
    void theFacilitatorRevokesALinkAndItSaysSo() {
        SoloLink link = solo.invite(anna, theCase.getId(), piet.id(), List.of(field.id()));
        solo.place(link.token(), field.id(), 0.8);

        solo.revoke(anna, theCase.getId(), link.invitation().getId());

        assertThatThrownBy(() -> solo.open(link.token()))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.solo.revoked"));
        assertThatThrownBy(() -> solo.place(link.token(), field.id(), 0.1))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.solo.revoked"));
        assertThat(solo.invitations(anna, theCase.getId())).singleElement().satisfies(v -> {
            assertThat(v.revoked()).isTrue();
            assertThat(v.valid()).isFalse();
            assertThat(v.ownerName()).isEqualTo("Piet");
        });
        assertThat(places.findByInvitationId(link.invitation().getId())).extracting(SoloPlace::getPosition)
                .containsExactly(0.8);
        // only who manages the case invites or revokes
        assertThatThrownBy(() -> solo.invite(piet, theCase.getId(), piet.id(), List.of(field.id())))
                .isInstanceOf(NoAccessException.class);
        assertThatThrownBy(() -> solo.revoke(piet, theCase.getId(), link.invitation().getId()))
                .isInstanceOf(NoAccessException.class);
    }

    @Test
    void atTheNextMeetingOnlyTheOwnerSeesItTheirPlaceStaysPrivateUntilTheRevealAndOneSharedAnswerReachesAll() {
        String token = invitePiet();
        solo.place(token, field.id(), 0.2);
        solo.answer(token, field.id(), 0, "GEHEIM: ik twijfel aan het plan.");
        solo.answer(token, field.id(), 1, "Dit mag iedereen horen.");

        Meeting second = meetings.createMeeting(anna, theCase.getId(), "Tweede", DutchTime.today());
        Actor.Participant pietAgain = meetings.join(second.getInviteToken(), "Piet", "leerkracht", piet.personKey(),
                false).asActor();
        Actor.Participant klaas = data.participant(second, "Klaas");

        var own = solo.mine(pietAgain, theCase.getId(), second.getId(), field.id()).orElseThrow();
        assertThat(own.position()).isEqualTo(0.2);
        assertThat(own.answers()).extracting(SoloReflectionService.OwnAnswer::text)
                .containsExactly("GEHEIM: ik twijfel aan het plan.", "Dit mag iedereen horen.");
        assertThat(solo.mine(klaas, theCase.getId(), second.getId(), field.id())).isEmpty();
        assertThat(solo.mine(anna, theCase.getId(), second.getId(), field.id())).isEmpty();
        assertThat(solo.shared(klaas, theCase.getId(), second.getId(), field.id())).isEmpty();

        Round round = fields.openRound(anna, theCase.getId(), second.getId(), field.id(), Round.RevealMode.NAMED);
        fields.place(klaas, round.getId(), 0.9);
        solo.bringIn(pietAgain, theCase.getId(), second.getId(), round.getId());

        assertThat(fields.markers(klaas, round.getId())).extracting(MarkerView::current).containsExactly(0.9);
        assertThat(fields.markers(pietAgain, round.getId())).filteredOn(MarkerView::mine)
                .extracting(MarkerView::current).containsExactly(0.2);
        assertThat(solo.mine(pietAgain, theCase.getId(), second.getId(), field.id()).orElseThrow()
                .broughtIntoRoundId()).isEqualTo(round.getId());
        rounds.reveal(anna, round.getId());
        assertThat(fields.markers(klaas, round.getId())).extracting(MarkerView::current)
                .containsExactlyInAnyOrder(0.2, 0.9);

        // an answer stays Piet's until he shares it; Klaas cannot share it for him
        String open = own.answers().get(1).id();
        assertThatThrownBy(() -> solo.share(klaas, theCase.getId(), second.getId(), open, true))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.solo.unknownAnswer"));
        solo.share(pietAgain, theCase.getId(), second.getId(), open, true);
        assertThat(solo.shared(klaas, theCase.getId(), second.getId(), field.id()))
                .containsExactly(new SoloReflectionService.SharedAnswer("Piet", 1, "Dit mag iedereen horen."));
        assertThat(solo.shared(anna, theCase.getId(), second.getId(), field.id()).toString()).doesNotContain("GEHEIM");
        // the session report holds the shared answer, with its question and owner, and nothing else of his
        String report = reportText(second);
        assertThat(report).contains("Zelf gereflecteerd, gedeeld in deze bijeenkomst", "Dit mag iedereen horen.", "Piet")
                .doesNotContain("GEHEIM");
        // and taken back while the meeting lasts
        solo.share(pietAgain, theCase.getId(), second.getId(), open, false);
        assertThat(solo.shared(klaas, theCase.getId(), second.getId(), field.id())).isEmpty();
        assertThat(reportText(second)).doesNotContain("Dit mag iedereen horen.", "Zelf gereflecteerd");
    }

    private String reportText(Meeting meeting) {
        try (PDDocument doc = Loader.loadPDF(reports.pdf(anna, meeting.getId(), true))) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void nothingToBringInIsSaidPlainly() {
        Meeting second = meetings.createMeeting(anna, theCase.getId(), "Tweede", DutchTime.today());
        Actor.Participant klaas = data.participant(second, "Klaas");
        Round round = fields.openRound(anna, theCase.getId(), second.getId(), field.id(), Round.RevealMode.NAMED);
        assertThatThrownBy(() -> solo.bringIn(klaas, theCase.getId(), second.getId(), round.getId()))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.solo.nothingToBringIn"));
        assertThat(fields.markers(klaas, round.getId())).isEmpty();
    }

    @Test
    void unknownLinksCountAgainstTheAddressTogetherWithTheInviteLinks() {
        var limiter = buckets.limiter("link-address", 30, Duration.ofMinutes(10));
        String address = origin.currentAddress().orElse("intern");
        limiter.reset(address);
        try {
            for (int i = 0; i < 30; i++) {
                assertThatThrownBy(() -> solo.open("geraden-" + System.nanoTime()))
                        .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.solo.unknown"));
            }
            assertThatThrownBy(() -> solo.open("geraden-" + System.nanoTime()))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.invite.tooManyAttempts"));
            // one limit for every kind of link: a guessed invite link is refused too
            assertThatThrownBy(() -> meetings.findOpenInvitation("geraden-" + System.nanoTime()))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.invite.tooManyAttempts"));
            // a real link still works: only failed look-ups count
            String token = invitePiet();
            assertThat(solo.open(token).ownerName()).isEqualTo("Piet");
        } finally {
            limiter.reset(address);
        }
    }

    static final class MutableClock extends Clock {

        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant at) {
            now = at;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
