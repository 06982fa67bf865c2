package nl.reflectiewerkplaats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.art.ArtService;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.dream.DreamBoardService;
import nl.reflectiewerkplaats.dream.DreamQuestion;
import nl.reflectiewerkplaats.facilitation.ClosingService;
import nl.reflectiewerkplaats.facilitation.FacilitationService;
import nl.reflectiewerkplaats.facilitation.Verb;
import nl.reflectiewerkplaats.genogram.DiagramKind;
import nl.reflectiewerkplaats.genogram.GenogramService;
import nl.reflectiewerkplaats.genogram.PersonDetails;
import nl.reflectiewerkplaats.genogram.RelationType;
import nl.reflectiewerkplaats.genogram.Shape;
import nl.reflectiewerkplaats.language.FeelingCardsService;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import nl.reflectiewerkplaats.perspective.Backpack;
import nl.reflectiewerkplaats.perspective.BackpackService;
import nl.reflectiewerkplaats.perspective.GroupSide;
import nl.reflectiewerkplaats.perspective.GroupSpace;
import nl.reflectiewerkplaats.perspective.GroupsService;
import nl.reflectiewerkplaats.perspective.PerspectiveService;
import nl.reflectiewerkplaats.perspective.RoleCard;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundService;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import nl.reflectiewerkplaats.tensionfield.TensionFieldService;
import nl.reflectiewerkplaats.timeline.EventDate;
import nl.reflectiewerkplaats.timeline.EventKind;
import nl.reflectiewerkplaats.timeline.TimelineEventDraft;
import nl.reflectiewerkplaats.timeline.TimelineService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report of a meeting in which every instrument was used — revealed, stopped and
 * still-open rounds side by side — read back as text: every section in its place,
 * what was revealed present, what was not absent, names only when asked for. The PDF,
 * its text and its pages (PDFBox, 60 dpi) are written to target/report-rich/ (or the
 * folder named by the system property {@code report.pages}) to compare layouts.
 */
@StoreTest
class ReportContentTests {

    @Autowired
    SessionReportService reports;
    @Autowired
    TestData data;
    @Autowired
    DreamBoardService dream;
    @Autowired
    TensionFieldService fields;
    @Autowired
    RoundService rounds;
    @Autowired
    PerspectiveService roles;
    @Autowired
    GroupsService groups;
    @Autowired
    BackpackService backpacks;
    @Autowired
    ClosingService closing;
    @Autowired
    SharedNoteService notes;
    @Autowired
    FacilitationService facilitation;
    @Autowired
    ArtService art;
    @Autowired
    FeelingCardsService feelings;
    @Autowired
    TimelineService timeline;
    @Autowired
    GenogramService genogram;

    @Test
    void everySectionInItsPlaceRevealedAnswersOnlyNamesOnlyWhenAsked() throws IOException {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Actor.Participant ann = data.participant(m, "Ann");
        Actor.Participant bob = data.participant(m, "Bob");
        String caseId = c.getId();
        String meetingId = m.getId();

        dream.addCard(ann, caseId, meetingId, new DreamQuestion(DreamQuestion.Audience.CHILD, 0), "Dierenarts worden.");
        dream.addCard(bob, caseId, meetingId, new DreamQuestion(DreamQuestion.Audience.PROFESSIONAL, 2), "Ja, ik blijf.");
        facilitation.goTo(f, caseId, meetingId, facilitation.agenda(f, caseId, meetingId).getSteps().get(1).id());

        timeline.addEvent(f, caseId, meetingId, new TimelineEventDraft(EventDate.day(LocalDate.of(2019, 9, 2)),
                "Start brugklas", "", "", EventKind.FAMILY_FACT));
        timeline.addEvent(ann, caseId, null, new TimelineEventDraft(EventDate.day(LocalDate.of(2021, 2, 10)),
                "Melding leerplicht", "", "leerplicht", EventKind.DECISION));
        timeline.addEvent(bob, caseId, meetingId, new TimelineEventDraft(EventDate.day(LocalDate.of(2022, 5, 1)),
                "Moeder: niemand luistert", "", "moeder", EventKind.EXPERIENCE));
        timeline.addEvent(bob, caseId, meetingId, new TimelineEventDraft(EventDate.day(LocalDate.of(2020, 11, 20)),
                "Eerste gesprek wijkteam", "", "wijkteam", EventKind.CONTACT));
        timeline.addPeriod(f, caseId, meetingId, LocalDate.of(2021, 3, 1), LocalDate.of(2022, 3, 1), "een jaar zonder school");
        timeline.flagGap(ann, caseId, meetingId, LocalDate.of(2020, 1, 1), "Wie was er na de verhuizing betrokken?");
        notes.add(ann, caseId, TimelineService.NOTES_SEE, meetingId, "Lange stiltes tussen de besluiten.");

        var mother = genogram.addPerson(f, caseId, DiagramKind.GENOGRAM, PersonDetails.of(Shape.FEMALE, "moeder"));
        var jesse = genogram.addPerson(ann, caseId, DiagramKind.GENOGRAM, PersonDetails.of(Shape.MALE, "Jesse"));
        genogram.addRelation(bob, caseId, DiagramKind.GENOGRAM, mother.getId(), jesse.getId(),
                RelationType.PARENT_BIOLOGICAL, 1, "");
        genogram.tidyUp(f, caseId, DiagramKind.GENOGRAM);
        var school = genogram.addPerson(f, caseId, DiagramKind.FORCE_FIELD, PersonDetails.of(Shape.ORGANISATION, "school"));
        var town = genogram.addPerson(f, caseId, DiagramKind.FORCE_FIELD, PersonDetails.of(Shape.ORGANISATION, "gemeente"));
        genogram.addRelation(ann, caseId, DiagramKind.FORCE_FIELD, school.getId(), town.getId(), RelationType.OPPOSING, 3,
                "wie betaalt?");

        Round field = fields.openRound(f, caseId, meetingId, "doorgaan-vertragen", Round.RevealMode.NAMED);
        fields.place(ann, field.getId(), 0.2);
        fields.place(bob, field.getId(), 0.8);
        rounds.reveal(f, field.getId());
        fields.move(bob, field.getId(), 0.65, "Vertragen geeft ook rust.");
        notes.add(ann, caseId, "spanningsveld:doorgaan-vertragen", meetingId, "We rennen allemaal door.");

        Round phases = fields.openRound(f, caseId, meetingId, TensionFieldService.PHASES_ID, Round.RevealMode.ANONYMOUS);
        fields.place(ann, phases.getId(), 0.4);
        rounds.reveal(f, phases.getId());

        Round groupRound = groups.start(f, caseId, meetingId, 15);
        groups.assign(f, groupRound.getId(), ann.id(), "Ann", GroupSide.HULPVERLENING);
        groups.write(ann, groupRound.getId(), GroupSpace.Part.PERSPECTIVE, "Jesse woont thuis en gaat naar school.",
                groups.space(ann, groupRound.getId(), GroupSide.HULPVERLENING).getVersion());
        rounds.reveal(f, groupRound.getId());
        notes.add(bob, caseId, "perspectief:verschillen:" + groupRound.getId(), meetingId, "Wij zien school, zij zien thuis.");

        Round roleRound = roles.openRolesRound(f, caseId, meetingId, Round.RevealMode.NAMED);
        RoleCard motherRole = roles.addRole(f, roleRound.getId(), "moeder", false, null);
        roles.chooseRole(bob, motherRole.getId());
        roles.answer(bob, roleRound.getId(), "Dat ik mijn zoon kwijtraak.", "Machteloos", 0.8, true);
        rounds.reveal(f, roleRound.getId());

        Round feelingRound = feelings.open(f, caseId, meetingId, Round.RevealMode.NAMED);
        feelings.pick(ann, feelingRound.getId(), List.of("machteloos", "beeld:mist"));
        feelings.pick(bob, feelingRound.getId(), List.of("beeld:mist", "hoopvol"));
        rounds.reveal(f, feelingRound.getId());
        notes.add(bob, caseId, "nieuwe-woorden:" + meetingId, meetingId, "vastgeduwd");

        // a roles round stopped before its reveal, and a field round still open at the end
        Round stoppedRoles = roles.openRolesRound(f, caseId, meetingId, Round.RevealMode.NAMED);
        RoleCard teacher = roles.addRole(f, stoppedRoles.getId(), "leerkracht", false, null);
        roles.chooseRole(ann, teacher.getId());
        roles.answer(ann, stoppedRoles.getId(), "Geheim dilemma van Ann", "Geheim gevoel van Ann", 0.3, false);
        rounds.close(f, stoppedRoles.getId());
        Round openField = fields.openRound(f, caseId, meetingId, "jij-ik-wij", Round.RevealMode.NAMED);
        fields.place(ann, openField.getId(), 0.9);

        Backpack backpack = backpacks.start(f, caseId, meetingId, ann.id(), "Ann", "moeder");
        backpacks.addBook(bob, backpack.getId(), "Ga naar een opvoedcursus.");

        art.offer(f, caseId, meetingId, "Onderweg (eigen tekst)", "Eerst liepen we hard.\n\nToen bleven we staan.");
        art.offerImage(f, caseId, meetingId, picture(), "Een brug over een rivier");
        art.mark(ann, caseId, meetingId, 1);
        notes.add(ann, caseId, "kunst:" + meetingId, meetingId, "Het stilstaan raakte ons.");

        closing.toggle(ann, caseId, meetingId, Verb.VERTRAGEN, false);
        closing.toggle(bob, caseId, meetingId, Verb.VERTRAGEN, false);
        closing.toggle(bob, caseId, meetingId, Verb.VERBINDEN, true);
        notes.add(f, caseId, "afspraken:" + meetingId, meetingId, "Bob belt school vóór vrijdag.");
        notes.add(ann, caseId, "tops-tips:" + meetingId, meetingId, "Top: de rust in de groep.");

        Path dir = Path.of("target", System.getProperty("report.pages", "report-rich"));
        String named = write(reports.pdf(f, meetingId, true), dir, "named");
        String anonymous = write(reports.pdf(f, meetingId, false), dir, "anonymous");

        assertThat(squeezed(named)).containsSubsequence(squeezed("Verslag van een leerbijeenkomst", c.getPseudonym(),
                "Vraag van de casus", "Thuiszitter sinds een jaar",
                "Wie deden er mee", "Ann — jeugdarts, GGD", "Agenda", "— gedaan", "— waar de groep nu is",
                "Vragen aan het kind", "Dierenarts worden.", "Vragen aan jezelf als professional", "Ja, ik blijf.",
                "Tijdlijn", "4 gebeurtenissen", "Vierkant: beslismoment", "Start brugklas", "Gemarkeerde perioden",
                "een jaar zonder school: 1 maart 2021 – 1 maart 2022", "Ontbreekt er iets?",
                "Wie was er na de verhuizing betrokken?", "Wat zien we?", "Lange stiltes tussen de besluiten.",
                "Geno-sociogram", "Krachtenveld",
                "Spanningsveld: Doorgaan en vertragen", "Met namen · 2 plekken", "Geschoven (Bob): Vertragen geeft ook rust.",
                "Wat viel ons op?", "We rennen allemaal door.",
                "Werkkaart 8", "Zonder namen · 1 plekken",
                "Perspectiefwissel: twee groepen", "Hulpverlening", "Perspectief: Jesse woont thuis en gaat naar school.",
                "Wat betekenen de verschillen?", "Wij zien school, zij zien thuis.",
                "Perspectiefwissel: rollen", "Dat ik mijn zoon kwijtraak.",
                "Een andere taal: gevoelskaarten", "beeldkaart: Mist (2) — Ann, Bob",
                "Perspectiefwissel: rollen", "Deze ronde is gestopt zonder onthulling; de antwoorden blijven privé.",
                "Spanningsveld: ", "Deze ronde is nog niet onthuld; de plekken blijven privé.",
                "Perspectiefwissel: de rugzak (als moeder)", "1 boeken bleven in de rugzak, 0 gingen eruit.",
                "Ga naar een opvoedcursus. — Bob",
                "Nieuwe woorden", "vastgeduwd",
                "Kunst: Onderweg (eigen tekst)", "Eerst liepen we hard.", "In deze strofe zitten wij: 0",
                "Toen bleven we staan.", "In deze strofe zitten wij: 1", "Wat raakte ons?", "Het stilstaan raakte ons.",
                "Kunst: een beeld als ingang", "Een brug over een rivier",
                "Afsluiting", "Past bij wat we vandaag deden: vertragen (2)", "Hebben we hierna nodig: verbinden (1)",
                "Afspraken", "Bob belt school vóór vrijdag.", "Tops en tips", "Top: de rust in de groep.",
                "Werkvormen naar: NJi"));
        assertThat(named).contains("Pagina 1", "Pagina 2");
        assertThat(squeezed(named)).doesNotContain(squeezed("Geheim dilemma", "Geheim gevoel", "leerkracht")
                .toArray(String[]::new));
        assertThat(squeezed(anonymous)).containsSubsequence(squeezed("2 deelnemers en 1 begeleider (namen weggelaten).",
                        "Zonder namen · 2 plekken", "Dat ik mijn zoon kwijtraak.", "beeldkaart: Mist (2)",
                        "Ga naar een opvoedcursus."))
                .doesNotContain(squeezed("Ann — jeugdarts", "(Bob)", "— Ann", "— Bob", "Geheim dilemma", "Geheim gevoel")
                        .toArray(String[]::new));
        // not even a marker's label under the line: Ann's name is nowhere in the anonymous report
        assertThat(anonymous).doesNotContain("Ann");
    }

    /** Without white space: the text read in page order splits kerned words ("W ie") and breaks lines anywhere. */
    private static List<String> squeezed(String... parts) {
        return Stream.of(parts).map(ReportContentTests::squeezed).toList();
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Writes the PDF, its text and its pages into {@code dir}; returns the text. */
    private static String write(byte[] pdf, Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Files.writeString(dir.resolve(name + ".txt"), new PDFTextStripper().getText(doc));
            // in reading order, as a person sees the pages (pictures drawn on the page come in their place)
            PDFTextStripper reading = new PDFTextStripper();
            reading.setSortByPosition(true);
            String text = reading.getText(doc);
            Files.writeString(dir.resolve(name + "-reading.txt"), text);
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, 60, ImageType.GRAY);
                ImageIO.write(page, "png", dir.resolve(name + "-page-" + (i + 1) + ".png").toFile());
            }
            return text;
        }
    }

    private static byte[] picture() throws IOException {
        BufferedImage drawn = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = drawn.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 60, 40);
        g.setColor(Color.DARK_GRAY);
        g.drawArc(5, 10, 50, 40, 0, 180);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(drawn, "png", png);
        return png.toByteArray();
    }
}
