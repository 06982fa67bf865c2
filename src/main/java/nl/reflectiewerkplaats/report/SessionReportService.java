package nl.reflectiewerkplaats.report;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.reflectiewerkplaats.access.AccessPolicy;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.casework.Participant;
import nl.reflectiewerkplaats.dream.DreamBoardService;
import nl.reflectiewerkplaats.dream.DreamCard;
import nl.reflectiewerkplaats.dream.DreamQuestion;
import nl.reflectiewerkplaats.facilitation.Agenda;
import nl.reflectiewerkplaats.facilitation.ClosingService;
import nl.reflectiewerkplaats.facilitation.FacilitationService;
import nl.reflectiewerkplaats.facilitation.Verb;
import nl.reflectiewerkplaats.language.FeelingCardsService;
import nl.reflectiewerkplaats.notes.SharedNote;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import nl.reflectiewerkplaats.perspective.Backpack;
import nl.reflectiewerkplaats.perspective.BackpackService;
import nl.reflectiewerkplaats.perspective.Book;
import nl.reflectiewerkplaats.perspective.GroupSpace;
import nl.reflectiewerkplaats.perspective.GroupsService;
import nl.reflectiewerkplaats.perspective.PerspectiveService;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundService;
import nl.reflectiewerkplaats.tensionfield.MarkerView;
import nl.reflectiewerkplaats.tensionfield.TensionFieldService;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Objects;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.art.ArtService;
import nl.reflectiewerkplaats.genogram.DiagramKind;
import nl.reflectiewerkplaats.genogram.GenogramService;
import nl.reflectiewerkplaats.perspective.GroupSide;
import nl.reflectiewerkplaats.timeline.EventKind;
import nl.reflectiewerkplaats.timeline.LaneMode;
import nl.reflectiewerkplaats.timeline.TimelineGap;
import nl.reflectiewerkplaats.timeline.TimelineService;
import org.openpdf.text.Image;

/**
 * The session report: one PDF of a leerbijeenkomst as it stands — case, date, who took
 * part (names can be left out), the agenda, every instrument as it ended, the closing.
 * Black and white, page numbers, for the facilitator (also during the session).
 */
@Service
public class SessionReportService {

    private static final Locale DUTCH = Locale.of("nl", "NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", DUTCH)
            .withZone(ZoneId.systemDefault());
    private static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD);
    private static final Font H2 = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font H3 = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);
    private static final Font ITALIC = new Font(Font.HELVETICA, 9, Font.ITALIC);

    private final AccessPolicy access;
    private final CaseService cases;
    private final MeetingService meetings;
    private final FacilitationService facilitation;
    private final ClosingService closing;
    private final SharedNoteService notes;
    private final DreamBoardService dream;
    private final CardCatalog catalog;
    private final RoundService rounds;
    private final TensionFieldService fields;
    private final PerspectiveService roles;
    private final GroupsService groups;
    private final BackpackService backpacks;
    private final FeelingCardsService feelings;
    private final ArtService art;
    private final Clock clock;
    private final TimelineService timeline;
    private final GenogramService genogram;
    private final AccountService accounts;

    SessionReportService(AccessPolicy access, CaseService cases, MeetingService meetings, FacilitationService facilitation,
                         ClosingService closing, SharedNoteService notes, DreamBoardService dream, CardCatalog catalog,
                         RoundService rounds, TensionFieldService fields, PerspectiveService roles, GroupsService groups,
                         BackpackService backpacks, FeelingCardsService feelings,
                         ArtService art, Clock clock,
                         TimelineService timeline,
                         GenogramService genogram,
                         AccountService accounts) {
        this.accounts = accounts;
        this.timeline = timeline;
        this.genogram = genogram;
        this.art = art;
        this.feelings = feelings;
        this.access = access;
        this.cases = cases;
        this.meetings = meetings;
        this.facilitation = facilitation;
        this.closing = closing;
        this.notes = notes;
        this.dream = dream;
        this.catalog = catalog;
        this.rounds = rounds;
        this.fields = fields;
        this.roles = roles;
        this.groups = groups;
        this.backpacks = backpacks;
        this.clock = clock;
    }

    /** The report as PDF bytes. Only for those who lead the case. */
    public byte[] pdf(Actor actor, String meetingId, boolean includeNames) {
        Meeting meeting = meetings.getMeeting(actor, meetingId);
        String caseId = meeting.getCaseId();
        access.check(actor, caseId, CaseAction.MODERATE);
        Case theCase = cases.getCase(actor, caseId);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 64);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        // pictures stay where they belong in the text, also when they start a new page
        writer.setStrictImageSequence(true);
        writer.setPageEvent(new Footer(theCase.getPseudonym() + " · " + meeting.getTitle()));
        doc.addTitle("Verslag " + meeting.getTitle());
        doc.open();

        doc.add(new Paragraph("Verslag van een leerbijeenkomst", TITLE));
        doc.add(new Paragraph("Casus " + theCase.getPseudonym() + " · " + meeting.getTitle() + " · "
                + DATE.format(meeting.getDate()), H3));
        doc.add(small("Gemaakt op " + STAMP.format(clock.instant()) + ". Gebruik alleen schuilnamen; bewaar en deel dit "
                + "verslag zoals afgesproken voor gegevens van de casus."));
        if (!theCase.getQuestion().isBlank()) {
            heading(doc, "Vraag van de casus");
            doc.add(body(theCase.getQuestion()));
        }

        Agenda agenda = facilitation.agenda(actor, caseId, meetingId);
        heading(doc, "Wie deden er mee");
        // the facilitators of the case first (they lead, they did not come in by the link)
        List<String> facilitators = theCase.getFacilitatorIds().stream()
                .map(id -> accounts.findById(id).map(a -> a.getDisplayName()
                        + (id.equals(agenda.getLeaderId()) ? " — begeleider, leidde de bijeenkomst" : " — begeleider"))
                        .orElse(null))
                .filter(Objects::nonNull).toList();
        List<Participant> people = meetings.listParticipants(actor, meetingId);
        if (!includeNames) {
            doc.add(body(people.size() + (people.size() == 1 ? " deelnemer en " : " deelnemers en ") + facilitators.size()
                    + (facilitators.size() == 1 ? " begeleider" : " begeleiders") + " (namen weggelaten)."));
        } else {
            facilitators.forEach(f -> doc.add(bullet(f)));
            if (people.isEmpty()) {
                doc.add(body("Geen deelnemers via de uitnodigingslink."));
            }
            people.forEach(p -> doc.add(bullet(p.getDisplayName() + " — " + p.getRoleOrOrganisation()
                    + (p.isWatcher() ? " (meekijker)" : ""))));
        }

        heading(doc, "Agenda");
        List<Agenda.Step> steps = agenda.getSteps();
        for (int i = 0; i < steps.size(); i++) {
            Agenda.Step s = steps.get(i);
            String state = i < agenda.currentIndex() ? "gedaan" : i == agenda.currentIndex() ? "waar de groep nu is" : "nog niet";
            doc.add(bullet((i + 1) + ". " + s.title() + " (" + s.plannedMinutes() + " min) — " + state));
        }

        dreamSection(doc, actor, caseId);
        timelineSection(doc, writer, actor, caseId, meetingId);
        genogramSection(doc, writer, actor, caseId, theCase.getPseudonym(),
                DiagramKind.GENOGRAM, "Geno-sociogram");
        genogramSection(doc, writer, actor, caseId, theCase.getPseudonym(),
                DiagramKind.FORCE_FIELD, "Krachtenveld");
        for (Round round : rounds.ofMeeting(actor, caseId, meetingId)) {
            if (round.getPhase() == Round.Phase.DISCARDED) {
                continue; // put away without a reveal: not part of the record
            }
            if (fields.fieldOf(round).isPresent()) {
                fieldSection(doc, writer, actor, caseId, round, includeNames);
            } else if (PerspectiveService.isRolesRound(round)) {
                rolesSection(doc, actor, round, includeNames);
            } else if (GroupsService.isGroupsRound(round)) {
                groupsSection(doc, actor, caseId, round);
            } else if (FeelingCardsService.isFeelingRound(round)) {
                feelingsSection(doc, actor, round, includeNames);
            }
        }
        for (var entry : backpacks.history(actor, caseId)) {
            if (entry.getKey().getMeetingId().equals(meetingId)) {
                backpackSection(doc, entry.getKey(), entry.getValue(), includeNames);
            }
        }
        notesOf(doc, actor, caseId, "nieuwe-woorden:" + meetingId, "Nieuwe woorden");
        art.piece(actor, caseId, meetingId).ifPresent(piece -> {
            heading(doc, "Kunst: " + piece.getTitle());
            int[] counts = art.counts(actor, caseId, meetingId);
            List<String> stanzas = piece.stanzas();
            for (int i = 0; i < stanzas.size(); i++) {
                Paragraph stanza = new Paragraph(stanzas.get(i), ITALIC);
                stanza.setSpacingAfter(2);
                doc.add(stanza);
                doc.add(small("In deze strofe zitten wij: " + (i < counts.length ? counts[i] : 0)));
            }
            notesOf(doc, actor, caseId, "kunst:" + meetingId, "Wat raakte ons?");
        });
        art.image(actor, caseId, meetingId).ifPresent(image -> {
            heading(doc, "Kunst: een beeld als ingang");
            try {
                Image picture = Image.getInstance(image.getData());
                if (picture.getWidth() > PageSize.A4.getWidth() - 112 || picture.getHeight() > 320) {
                    picture.scaleToFit(PageSize.A4.getWidth() - 112, 320);
                }
                doc.add(picture);
            } catch (IOException | RuntimeException unreadable) {
                // WebP and damaged files cannot be placed in a PDF: the description says what it showed
                doc.add(small("(Het beeld kan niet in dit verslag worden opgenomen.)"));
            }
            doc.add(small(image.getDescription()));
            if (art.piece(actor, caseId, meetingId).isEmpty()) {
                notesOf(doc, actor, caseId, "kunst:" + meetingId, "Wat raakte ons?");
            }
        });
        closingSection(doc, actor, caseId, meetingId, includeNames);
        doc.close();
        return out.toByteArray();
    }

    /** The case's timeline as it stands: events in date order with kind and lane, periods, open questions. */
    private void timelineSection(Document doc, PdfWriter writer, Actor actor, String caseId, String meetingId) {
        var events = timeline.events(actor, caseId);
        var periods = timeline.periods(actor, caseId);
        var gaps = timeline.gaps(actor, caseId).stream().filter(TimelineGap::isOpen).toList();
        if (events.isEmpty() && periods.isEmpty() && gaps.isEmpty()) {
            return;
        }
        var mode = timeline.timeline(actor, caseId).getLaneMode();
        heading(doc, "Tijdlijn");
        boolean parties = mode == LaneMode.PARTIES;
        doc.add(small(events.size() + " gebeurtenissen. Indeling: " + (parties ? "professionals boven de lijn, gezin eronder."
                : "formele acties en feiten boven de lijn, beleving en uitspraken eronder.")
                + " Nieuw in deze bijeenkomst: gemarkeerd met *."));
        if (!events.isEmpty()) {
            try {
                doc.add(TimelineDrawing.draw(writer.getDirectContent(), events, periods, gaps, mode));
            } catch (Exception e) {
                throw new IllegalStateException("timeline picture", e);
            }
            doc.add(small(TimelineDrawing.legend()));
        }
        for (var e : events) {
            String lane = mode.above(e) ? (parties ? "professionals" : "boven: formeel")
                    : (parties ? "gezin" : "onder: beleving");
            StringBuilder line = new StringBuilder(e.getDate().label()).append(" — ").append(e.getTitle())
                    .append(" (").append(KINDS.get(e.getKind())).append("; ").append(lane).append(")");
            if (!e.getWho().isBlank()) {
                line.append(" · ").append(e.getWho());
            }
            if (e.isLinked()) {
                line.append(" · uit ").append("interview".equals(e.getSourceType()) ? "het interview met "
                        : "genogram".equals(e.getSourceType()) ? "het geno-sociogram: " : e.getSourceType() + ": ")
                        .append(e.getSourceLabel() == null ? "" : e.getSourceLabel());
            }
            if (meetingId.equals(e.getMeetingId())) {
                line.append(" *");
            }
            doc.add(bullet(line.toString()));
        }
        if (!periods.isEmpty()) {
            doc.add(new Paragraph("Gemarkeerde perioden", H3));
            periods.forEach(p -> doc.add(bullet(p.getName() + ": " + DATE.format(p.getStart()) + " – "
                    + DATE.format(p.getEnd()))));
        }
        if (!gaps.isEmpty()) {
            doc.add(new Paragraph("Ontbreekt er iets? (open vragen)", H3));
            gaps.forEach(g -> doc.add(bullet(DATE.format(g.getAt()) + (g.getQuestion().isBlank() ? ""
                    : ": " + g.getQuestion()))));
        }
        notesOf(doc, actor, caseId, TimelineService.NOTES_SEE, "Wat zien we?");
        notesOf(doc, actor, caseId, TimelineService.NOTES_FEEL, "Wat doet dit met ons?");
    }

    /** The geno-sociogram or krachtenveld as the server draws it (with its legend), scaled to the page. */
    private void genogramSection(Document doc, PdfWriter writer, Actor actor, String caseId, String pseudonym,
                                 DiagramKind kind, String title) {
        if (genogram.open(actor, caseId, kind).persons().isEmpty()) {
            return;
        }
        if (writer.getVerticalPosition(true) < 380) {
            // keep the heading with its picture
            doc.newPage();
        }
        heading(doc, title);
        try {
            Image picture = Image.getInstance(
                    genogram.picture(actor, caseId, kind, ReportTexts::dutch, title + " · " + pseudonym));
            picture.scaleToFit(PageSize.A4.getWidth() - 112, PageSize.A4.getHeight() - 200);
            picture.setAlignment(Image.MIDDLE);
            doc.add(picture);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Map<EventKind, String> KINDS = Map.of(
            EventKind.DECISION, "beslismoment in de hulpverlening",
            EventKind.CONTACT, "cruciaal contact",
            EventKind.FAMILY_FACT, "gebeurtenis in het gezin",
            EventKind.NEED_STATEMENT, "uitspraak over wat nodig is",
            EventKind.EXPERIENCE, "uitspraak over de beleving");

    private void dreamSection(Document doc, Actor actor, String caseId) {
        List<DreamCard> cards = dream.listCards(actor, caseId);
        heading(doc, catalog.dreamQuestions().title());
        if (cards.isEmpty()) {
            doc.add(body("Nog geen antwoorden."));
            return;
        }
        questionsWithCards(doc, cards, DreamQuestion.Audience.CHILD, "Vragen aan het kind",
                catalog.dreamQuestions().childQuestions());
        questionsWithCards(doc, cards, DreamQuestion.Audience.PROFESSIONAL, "Vragen aan jezelf als professional",
                catalog.dreamQuestions().professionalQuestions());
    }

    private void questionsWithCards(Document doc, List<DreamCard> cards, DreamQuestion.Audience audience, String title,
                                    List<String> questions) {
        doc.add(new Paragraph(title, H3));
        for (int i = 0; i < questions.size(); i++) {
            int index = i;
            List<DreamCard> answers = cards.stream()
                    .filter(c -> c.getQuestion().audience() == audience && c.getQuestion().index() == index).toList();
            if (!answers.isEmpty()) {
                doc.add(new Paragraph(questions.get(i), BODY));
                answers.forEach(a -> doc.add(bullet(a.getText())));
            }
        }
    }

    /** What the report says instead of the answers of a round that was not revealed. */
    private static String unrevealed(Round round, String whileOpen) {
        return round.isStopped() ? "Deze ronde is gestopt zonder onthulling; de antwoorden blijven privé." : whileOpen;
    }

    private void fieldSection(Document doc, PdfWriter writer, Actor actor, String caseId, Round round, boolean names) {
        var field = fields.fieldOf(round).orElseThrow();
        if (writer.getVerticalPosition(true) < 220) {
            // keep the heading with its picture
            doc.newPage();
        }
        heading(doc, (TensionFieldService.isPhases(field) ? "Werkkaart 8: " : "Spanningsveld: ") + field.title());
        if (!round.isRevealed()) {
            doc.add(body(unrevealed(round, "Deze ronde is nog niet onthuld; de plekken blijven privé.")));
            return;
        }
        List<MarkerView> markers = fields.markers(actor, round.getId());
        doc.add(small((round.isNamed() && names ? "Met namen" : "Zonder namen") + " · " + markers.size() + " plekken"));
        drawLine(doc, writer, field.leftPole(), field.rightPole(), markers, round.isNamed() && names);
        markers.stream().filter(m -> m.moveReason() != null && !m.moveReason().isBlank())
                .forEach(m -> doc.add(bullet("Geschoven" + (round.isNamed() && names ? " (" + m.label() + ")" : "")
                        + ": " + m.moveReason())));
        notesOf(doc, actor, caseId, "spanningsveld:" + field.id(), "Wat viel ons op?");
    }

    /** The line between the poles with every marker; a moved marker shows its first place as an open circle. */
    private static void drawLine(Document doc, PdfWriter writer, String left, String right, List<MarkerView> markers,
                                 boolean names) {
        float y = writer.getVerticalPosition(true) - 40;
        float x1 = 160;
        float x2 = 435;
        PdfContentByte cb = writer.getDirectContent();
        cb.setLineWidth(1.5f);
        cb.moveTo(x1, y);
        cb.lineTo(x2, y);
        cb.stroke();
        pole(cb, left, 56, x1 - 8, y, Element.ALIGN_RIGHT);
        pole(cb, right, x2 + 8, 539, y, Element.ALIGN_LEFT);
        int row = 0;
        for (MarkerView m : markers) {
            float x = x1 + (float) m.current() * (x2 - x1);
            if (m.movedTo() != null) {
                float from = x1 + (float) m.position() * (x2 - x1);
                cb.setLineWidth(0.8f);
                cb.circle(from, y, 3.5f);
                cb.stroke();
                cb.moveTo(from, y + 7);
                cb.lineTo(x, y + 7);
                cb.stroke();
            }
            cb.circle(x, y, 4.5f);
            cb.fill();
            String label = names ? m.label() : "";
            if (!label.isEmpty()) {
                ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase(label, SMALL), x, y - 14 - 9 * (row % 2), 0);
                row++;
            }
        }
        Paragraph space = new Paragraph(" ", BODY);
        space.setSpacingAfter(52);
        doc.add(space);
    }

    /** A pole's name, wrapped within its margin, centred on the line. */
    private static void pole(PdfContentByte cb, String text, float left, float right, float y, int alignment) {
        ColumnText column = new ColumnText(cb);
        column.setSimpleColumn(new Phrase(text, SMALL), left, y - 20, right, y + 14, 9, alignment);
        column.go();
    }

    private void rolesSection(Document doc, Actor actor, Round round, boolean names) {
        heading(doc, "Perspectiefwissel: rollen");
        if (!round.isRevealed()) {
            doc.add(body(unrevealed(round, "De antwoorden zijn nog niet onthuld en blijven privé.")));
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {1.2f, 2f, 2f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        for (String h : List.of("Rol", "Grootste dilemma of angst", "Gevoel")) {
            PdfPCell cell = new PdfPCell(new Phrase(h, H3));
            cell.setPadding(5);
            table.addCell(cell);
        }
        for (PerspectiveService.TableRow row : roles.table(actor, round.getId())) {
            String role = row.role() + (names && !row.playedBy().isEmpty() ? " (" + row.playedBy() + ")" : "")
                    + (row.turnedAway() ? " — afgekeerd" : "") + ", " + (row.distance() < 0.34 ? "dichtbij"
                    : row.distance() > 0.66 ? "ver weg" : "halverwege");
            for (String text : List.of(role, row.dilemma(), row.feeling())) {
                PdfPCell cell = new PdfPCell(new Phrase(text, BODY));
                cell.setPadding(5);
                table.addCell(cell);
            }
        }
        doc.add(table);
    }

    private void groupsSection(Document doc, Actor actor, String caseId, Round round) {
        heading(doc, "Perspectiefwissel: twee groepen");
        if (!round.isRevealed()) {
            doc.add(body(unrevealed(round, "De groepen hebben nog niet gepitcht.")));
            return;
        }
        for (GroupSpace space : groups.pitches(actor, round.getId())) {
            doc.add(new Paragraph(space.getSide() == GroupSide.HULPVERLENING
                    ? "Hulpverlening" : "Gezin en netwerk", H3));
            doc.add(body("Perspectief: " + space.get(GroupSpace.Part.PERSPECTIVE)));
            doc.add(bullet("1. " + space.get(GroupSpace.Part.STEP1)));
            doc.add(bullet("2. " + space.get(GroupSpace.Part.STEP2)));
            doc.add(bullet("3. " + space.get(GroupSpace.Part.STEP3)));
        }
        notesOf(doc, actor, caseId, "perspectief:verschillen:" + round.getId(), "Wat betekenen de verschillen?");
        notesOf(doc, actor, caseId, "perspectief:evaluatie:" + round.getId(), "Wat leert dit ons?");
    }

    private void feelingsSection(Document doc, Actor actor, Round round, boolean names) {
        heading(doc, "Een andere taal: gevoelskaarten");
        if (!round.isRevealed()) {
            doc.add(body(unrevealed(round, "De kaarten zijn nog niet getoond en blijven privé.")));
            return;
        }
        feelings.table(actor, round.getId()).forEach((word, who) -> {
            String by = names ? String.join(", ", who.stream().filter(n -> !n.isEmpty()).toList()) : "";
            String shown = catalog.feelingCards().image(word).map(i -> "beeldkaart: " + i.label()).orElse(word);
            doc.add(bullet(shown + " (" + who.size() + ")" + (by.isEmpty() ? "" : " — " + by)));
        });
    }

    private void backpackSection(Document doc, Backpack backpack, List<Book> books, boolean names) {
        heading(doc, "Perspectiefwissel: de rugzak (als " + backpack.getFamilyRole() + ")");
        long inside = books.stream().filter(Book::isInBackpack).count();
        doc.add(body(inside + " boeken bleven in de rugzak, " + (books.size() - inside) + " gingen eruit."));
        books.forEach(b -> doc.add(bullet(b.getText() + (names ? " — " + b.getAuthorName() : "")
                + (b.isInBackpack() ? "" : " (eruit gehaald)"))));
    }

    private void closingSection(Document doc, Actor actor, String caseId, String meetingId, boolean names) {
        heading(doc, "Afsluiting");
        doc.add(new Paragraph("Past bij wat we vandaag deden: " + verbs(closing.counts(actor, caseId, meetingId, false)), BODY));
        doc.add(new Paragraph("Hebben we hierna nodig: " + verbs(closing.counts(actor, caseId, meetingId, true)), BODY));
        notesOf(doc, actor, caseId, "afspraken:" + meetingId, "Afspraken");
        notesOf(doc, actor, caseId, "tops-tips:" + meetingId, "Tops en tips");
        Paragraph source = new Paragraph("Werkvormen naar: NJi, Samen lerend doen wat werkt in de praktijk.", ITALIC);
        source.setSpacingBefore(16);
        doc.add(source);
    }

    private static String verbs(Map<Verb, Integer> counts) {
        String text = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<Verb, Integer>comparingByValue().reversed())
                .map(e -> e.getKey().name().toLowerCase(DUTCH).replace('_', ' ') + " (" + e.getValue() + ")")
                .reduce((a, b) -> a + ", " + b).orElse("—");
        return text;
    }

    private void notesOf(Document doc, Actor actor, String caseId, String topic, String title) {
        List<SharedNote> list = notes.notes(actor, caseId, topic);
        if (!list.isEmpty()) {
            doc.add(new Paragraph(title, H3));
            list.forEach(n -> doc.add(bullet(n.getText())));
        }
    }

    private static void heading(Document doc, String text) {
        Paragraph p = new Paragraph(text, H2);
        p.setSpacingBefore(14);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private static Paragraph body(String text) {
        return new Paragraph(text, BODY);
    }

    private static Paragraph small(String text) {
        return new Paragraph(text, SMALL);
    }

    private static Paragraph bullet(String text) {
        Paragraph p = new Paragraph();
        p.add(new Chunk("• ", BODY));
        p.add(new Chunk(text, BODY));
        p.setIndentationLeft(12);
        p.setFirstLineIndent(-8);
        return p;
    }

    /** "Pagina n" and the report's subject at the foot of every page. */
    private static final class Footer extends PdfPageEventHelper {
        private final String subject;

        Footer(String subject) {
            this.subject = subject;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(subject, SMALL), document.left(), 36, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Pagina " + writer.getPageNumber(), SMALL),
                    document.right(), 36, 0);
        }
    }

}
