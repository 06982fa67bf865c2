package nl.reflectiewerkplaats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.dream.DreamBoardService;
import nl.reflectiewerkplaats.dream.DreamQuestion;
import nl.reflectiewerkplaats.facilitation.ClosingService;
import nl.reflectiewerkplaats.facilitation.FacilitationService;
import nl.reflectiewerkplaats.facilitation.Verb;
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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import java.awt.Color;
import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import nl.reflectiewerkplaats.art.ArtService;
import nl.reflectiewerkplaats.genogram.DiagramKind;
import nl.reflectiewerkplaats.genogram.GenogramService;
import nl.reflectiewerkplaats.genogram.PersonDetails;
import nl.reflectiewerkplaats.genogram.RelationType;
import nl.reflectiewerkplaats.genogram.Shape;
import nl.reflectiewerkplaats.language.FeelingCardsService;
import nl.reflectiewerkplaats.timeline.EventDate;
import nl.reflectiewerkplaats.timeline.EventKind;
import nl.reflectiewerkplaats.timeline.TimelineEventDraft;
import nl.reflectiewerkplaats.timeline.TimelineService;
import org.springframework.context.ApplicationContext;

/**
 * A session with every instrument used, turned into a PDF, the PDF turned into page
 * images (target/report-pages/, rendered with PDFBox) and its text read back.
 */
@StoreTest
class SessionReportTests {

    @Autowired
    ApplicationContext context;
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

    @Test
    void aSessionWithEveryInstrumentBecomesAReadablePdf() throws IOException {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Actor.Participant ann = data.participant(m, "Ann");
        Actor.Participant bob = data.participant(m, "Bob");

        dream.addCard(ann, c.getId(), m.getId(), new DreamQuestion(DreamQuestion.Audience.CHILD, 0), "Dierenarts worden.");
        dream.addCard(bob, c.getId(), m.getId(), new DreamQuestion(DreamQuestion.Audience.PROFESSIONAL, 2), "Ja, ik blijf.");
        facilitation.goTo(f, c.getId(), m.getId(), facilitation.agenda(f, c.getId(), m.getId()).getSteps().get(1).id());

        Round field = fields.openRound(f, c.getId(), m.getId(), "doorgaan-vertragen", Round.RevealMode.NAMED);
        fields.place(ann, field.getId(), 0.2);
        fields.place(bob, field.getId(), 0.8);
        rounds.reveal(f, field.getId());
        fields.move(bob, field.getId(), 0.65, "Vertragen geeft ook rust.");
        notes.add(ann, c.getId(), "spanningsveld:doorgaan-vertragen", m.getId(), "We rennen allemaal door.");

        Round phases = fields.openRound(f, c.getId(), m.getId(), TensionFieldService.PHASES_ID, Round.RevealMode.ANONYMOUS);
        fields.place(ann, phases.getId(), 0.4);
        rounds.reveal(f, phases.getId());

        Round groupRound = groups.start(f, c.getId(), m.getId(), 15);
        groups.assign(f, groupRound.getId(), ann.id(), "Ann", GroupSide.HULPVERLENING);
        groups.write(ann, groupRound.getId(), GroupSpace.Part.PERSPECTIVE, "Jesse woont thuis en gaat naar school.",
                groups.space(ann, groupRound.getId(), GroupSide.HULPVERLENING).getVersion());
        rounds.reveal(f, groupRound.getId());

        Round roleRound = roles.openRolesRound(f, c.getId(), m.getId(), Round.RevealMode.NAMED);
        RoleCard mother = roles.addRole(f, roleRound.getId(), "moeder", false, null);
        roles.chooseRole(bob, mother.getId());
        roles.answer(bob, roleRound.getId(), "Dat ik mijn zoon kwijtraak.", "Machteloos", 0.8, true);
        rounds.reveal(f, roleRound.getId());

        Backpack backpack = backpacks.start(f, c.getId(), m.getId(), ann.id(), "Ann", "moeder");
        backpacks.addBook(bob, backpack.getId(), "Ga naar een opvoedcursus.");

        closing.toggle(ann, c.getId(), m.getId(), Verb.VERTRAGEN, false);
        closing.toggle(bob, c.getId(), m.getId(), Verb.VERTRAGEN, false);
        closing.toggle(bob, c.getId(), m.getId(), Verb.VERBINDEN, true);
        notes.add(f, c.getId(), "afspraken:" + m.getId(), m.getId(), "Bob belt school vóór vrijdag.");

        art.offer(f, c.getId(), m.getId(), "Onderweg (eigen tekst)", "Eerst liepen we hard.\n\nToen bleven we staan.");

        BufferedImage drawn = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = drawn.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 60, 40);
        g.setColor(Color.DARK_GRAY);
        g.drawArc(5, 10, 50, 40, 0, 180);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(drawn, "png", png);
        art.offerImage(f, c.getId(), m.getId(), png.toByteArray(), "Een brug over een rivier");

        var feelings = context.getBean(FeelingCardsService.class);
        Round feelingRound = feelings.open(f, c.getId(), m.getId(), Round.RevealMode.NAMED);
        feelings.pick(ann, feelingRound.getId(), List.of("machteloos", "beeld:mist"));
        feelings.pick(bob, feelingRound.getId(), List.of("beeld:mist", "hoopvol"));
        rounds.reveal(f, feelingRound.getId());
        notes.add(bob, c.getId(), "nieuwe-woorden:" + m.getId(), m.getId(), "vastgeduwd");

        var tl = context.getBean(TimelineService.class);
        tl.addEvent(f, c.getId(), m.getId(), new TimelineEventDraft(
                EventDate.day(LocalDate.of(2019, 9, 2)), "Start brugklas", "", "",
                EventKind.FAMILY_FACT));
        tl.addEvent(ann, c.getId(), m.getId(), new TimelineEventDraft(
                EventDate.day(LocalDate.of(2021, 2, 10)), "Melding leerplicht", "",
                "", EventKind.DECISION));
        tl.addEvent(bob, c.getId(), m.getId(), new TimelineEventDraft(
                EventDate.day(LocalDate.of(2022, 5, 1)), "Moeder: niemand luistert",
                "", "moeder", EventKind.EXPERIENCE));
        tl.addPeriod(f, c.getId(), m.getId(), LocalDate.of(2021, 3, 1), LocalDate.of(2022, 3, 1),
                "een jaar zonder school");
        var gs = context.getBean(GenogramService.class);
        var gsKind = DiagramKind.GENOGRAM;
        var moeder = gs.addPerson(f, c.getId(), gsKind, PersonDetails.of(
                Shape.FEMALE, "moeder"));
        var jesse = gs.addPerson(ann, c.getId(), gsKind, PersonDetails.of(
                Shape.MALE, "Jesse"));
        gs.addRelation(bob, c.getId(), gsKind, moeder.getId(), jesse.getId(),
                RelationType.PARENT_BIOLOGICAL, 1, "");
        gs.tidyUp(f, c.getId(), gsKind);
        art.mark(ann, c.getId(), m.getId(), 1);

        assertThatThrownBy(() -> reports.pdf(ann, m.getId(), true)).isInstanceOf(NoAccessException.class);
        byte[] pdf = reports.pdf(f, m.getId(), true);
        byte[] anonymous = reports.pdf(f, m.getId(), false);

        Path dir = Path.of("target", "report-pages");
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            // pages of an earlier, longer report must not linger beside this one
            for (Path page : old.filter(file -> file.getFileName().toString().startsWith("page-")).toList()) {
                Files.delete(page);
            }
        }
        Files.write(dir.resolve("verslag.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Verslag van een leerbijeenkomst", c.getPseudonym(), "Ann — jeugdarts, GGD",
                    "Dierenarts worden.", "Spanningsveld: Doorgaan en vertragen", "Vertragen geeft ook rust.",
                    "We rennen allemaal door.", "Werkkaart 8", "Jesse woont thuis", "Dat ik mijn zoon kwijtraak.",
                    "Ga naar een opvoedcursus.", "vertragen (2)", "verbinden (1)", "Bob belt school vóór vrijdag.", "Kunst: Onderweg", "Toen bleven we staan.",
                    "Tijdlijn", "Start brugklas", "een jaar zonder school", "Vierkant: beslismoment", "Geno-sociogram",
                    "Een andere taal", "machteloos (1)", "beeldkaart: Mist (2)", "vastgeduwd",
                    "Kunst: een beeld als ingang", "Een brug over een rivier",
                    "Pagina 1");
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, 80, ImageType.GRAY);
                ImageIO.write(page, "png", dir.resolve("page-" + (i + 1) + ".png").toFile());
            }
            assertThat(doc.getNumberOfPages()).isBetween(3, 10);
        }
        try (PDDocument doc = Loader.loadPDF(anonymous)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("2 deelnemers en 1 begeleider (namen weggelaten)").doesNotContain("Ann — jeugdarts");
        }
    }
}
