package nl.reflectiewerkplaats.genogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.function.Function;
import javax.imageio.ImageIO;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.privacy.CaseArchive;
import nl.reflectiewerkplaats.report.SessionReportService;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Issue 15, finding 4: no place on the diagram can break the report or the export.
 * Places are bounded in the service, and the server's picture is capped in pixels
 * whatever the stored data (e.g. far places stored before the bound existed).
 */
@StoreTest
class GenogramBoundsTests {

    /** The largest side the server's picture may have, in pixels. */
    private static final int CAP = 3000;

    @Autowired
    GenogramService genogram;
    @Autowired
    SessionReportService reports;
    @Autowired
    CaseArchive archive;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestData data;

    @Given
    Actor.Facilitator facilitator;
    @Given
    Case theCase;
    @Given
    Meeting meeting;
    Actor.Participant ann;

    @BeforeEach
    void setUp() {
        ann = data.participant(meeting, "Ann");
    }

    private Person person(String name) {
        return genogram.addPerson(ann, theCase.getId(), DiagramKind.GENOGRAM, PersonDetails.of(Shape.FEMALE, name));
    }

    @Test
    void aMoveFarOutsideTheDrawingIsRefusedWithADutchMessageAndNothingMoves() {
        Person oma = person("oma");
        Person opa = person("opa");
        Point before = new Point(oma.getX(), oma.getY());
        for (double[] far : new double[][] {{14_000, 0}, {0, -14_000}, {100_000, 100_000}, {5_001, 0}}) {
            assertThatThrownBy(() -> genogram.movePerson(ann, oma.getId(), far[0], far[1]))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).messageKey()).isEqualTo("error.genogram.position"));
        }
        Person stored = genogram.open(facilitator, theCase.getId(), DiagramKind.GENOGRAM).persons().stream()
                .filter(p -> p.getId().equals(oma.getId())).findFirst().orElseThrow();
        assertThat(new Point(stored.getX(), stored.getY())).isEqualTo(before);

        // the edges themselves are fine, and the picture of the widest allowed spread stays within the cap
        assertThat(genogram.movePerson(ann, oma.getId(), -5_000, -5_000)).isEqualTo(new Point(-5_000, -5_000));
        genogram.movePerson(ann, opa.getId(), 5_000, 5_000);
        assertWithinCap(genogram.picture(facilitator, theCase.getId(), DiagramKind.GENOGRAM, Function.identity(), "Gezin"));
    }

    @Test
    void farPlacesStoredBeforeTheBoundStillGiveAPictureAReportAndAnExport() throws IOException {
        Person far1 = person("ver weg links boven");
        Person far2 = person("ver weg rechts onder");
        person("gewoon");
        // legacy data: written straight into the store, past the service's bound
        mongo.updateFirst(query(where("id").is(far1.getId())), new Update().set("x", -100_000.0).set("y", -100_000.0),
                Person.class);
        mongo.updateFirst(query(where("id").is(far2.getId())), new Update().set("x", 100_000.0).set("y", 100_000.0),
                Person.class);

        BufferedImage picture = assertWithinCap(genogram.picture(facilitator, theCase.getId(), DiagramKind.GENOGRAM,
                Function.identity(), "Gezin"));
        assertThat(picture.getWidth()).isGreaterThan(100);

        byte[] pdf = reports.pdf(facilitator, meeting.getId(), true);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        byte[] zip = archive.export(facilitator, theCase.getId());
        assertThat(zip.length).isGreaterThan(1000);

        // and the next move brings a person back within bounds as usual
        assertThat(genogram.movePerson(ann, far1.getId(), 10, 10)).isEqualTo(new Point(10, 10));
    }

    @Test
    void newPersonsAndTidyingStayWithinTheDrawing() {
        Person first = person("eerste");
        genogram.movePerson(ann, first.getId(), 4_950, 0);
        Person next = person("tweede");
        assertThat(Math.abs(next.getX())).isLessThanOrEqualTo(5_000);
        assertThat(Math.abs(next.getY())).isLessThanOrEqualTo(5_000);
        for (int i = 0; i < 40; i++) {
            person("kind " + i);
        }
        genogram.tidyUp(facilitator, theCase.getId(), DiagramKind.GENOGRAM);
        assertThat(genogram.open(facilitator, theCase.getId(), DiagramKind.GENOGRAM).persons())
                .allSatisfy(p -> assertThat(Math.max(Math.abs(p.getX()), Math.abs(p.getY()))).isLessThanOrEqualTo(5_000));
    }

    private static BufferedImage assertWithinCap(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image).isNotNull();
            assertThat(image.getWidth()).isLessThanOrEqualTo(CAP);
            assertThat(image.getHeight()).isLessThanOrEqualTo(CAP);
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
