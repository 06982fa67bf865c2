package nl.reflectiewerkplaats.art;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.assertj.core.api.Assertions;

@StoreTest
class ArtServiceTests {

    private static final String POEM = "Eerst liepen we hard,\nniemand keek om.\n\nToen bleven we staan,\nen keken elkaar aan.\n\n"
            + "Nu lopen we samen,\nlangzamer, maar verder.";

    @Autowired
    ArtService art;
    @Autowired
    TestData data;

    @Test
    void theGroupMarksInWhichStanzaItIs() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Actor.Participant ann = data.participant(m, "Ann");
        Actor.Participant bob = data.participant(m, "Bob");

        assertThatThrownBy(() -> art.offer(ann, c.getId(), m.getId(), "Onderweg", POEM)).isInstanceOf(NoAccessException.class);
        assertThatThrownBy(() -> art.mark(ann, c.getId(), m.getId(), 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> art.offer(f, c.getId(), m.getId(), "Onderweg", "")).isInstanceOf(InvalidInputException.class);
        ArtPiece piece = art.offer(f, c.getId(), m.getId(), "Onderweg (eigen tekst)", POEM);
        assertThat(piece.stanzas()).hasSize(3);

        art.mark(ann, c.getId(), m.getId(), 1);
        art.mark(bob, c.getId(), m.getId(), 1);
        art.mark(bob, c.getId(), m.getId(), 2);
        assertThatThrownBy(() -> art.mark(bob, c.getId(), m.getId(), 7)).isInstanceOf(InvalidInputException.class);
        assertThat(art.counts(f, c.getId(), m.getId())).containsExactly(0, 1, 1);
        assertThat(art.myMark(bob, c.getId(), m.getId())).contains(2);

        art.offer(f, c.getId(), m.getId(), "Anders", "Een strofe.\n\nNog een.");
        assertThat(art.counts(f, c.getId(), m.getId())).as("a new text starts the marks afresh").containsExactly(0, 0);
    }

    @org.junit.jupiter.api.Test
    void anImageIsAcceptedByItsContentOnlyAndWithinTheSizeLimit() throws Exception {
        var f = data.facilitator();
        var c = data.newCase(f);
        var m = data.newMeeting(f, c);
        BufferedImage picture = new BufferedImage(40, 30,
                BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);

        var stored = art.offerImage(f, c.getId(), m.getId(), png.toByteArray(), "Een brug in de mist");
        Assertions.assertThat(stored.getContentType()).isEqualTo("image/png");
        Assertions.assertThat(art.image(f, c.getId(), m.getId())).get()
                .extracting(ArtImage::getDescription).isEqualTo("Een brug in de mist");

        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>".getBytes();
        Assertions.assertThatThrownBy(() -> art.offerImage(f, c.getId(), m.getId(), svg, "svg"))
                .hasMessageContaining("error.art.imageType");
        byte[] huge = Arrays.copyOf(png.toByteArray(), ArtImage.MAX_BYTES + 1);
        Assertions.assertThatThrownBy(() -> art.offerImage(f, c.getId(), m.getId(), huge, "groot"))
                .hasMessageContaining("error.art.imageTooLarge");
        Assertions.assertThatThrownBy(() -> art.offerImage(f, c.getId(), m.getId(), new byte[0], "leeg"))
                .hasMessageContaining("error.art.imageEmpty");
        Assertions.assertThatThrownBy(() -> art.offerImage(f, c.getId(), m.getId(), png.toByteArray(), " "))
                .hasMessageContaining("error.input.required");
        var bram = data.participant(m, "Bram");
        Assertions.assertThatThrownBy(() -> art.offerImage(bram, c.getId(), m.getId(),
                png.toByteArray(), "mag niet")).isInstanceOf(NoAccessException.class);
        // the refused uploads left the first image as it was
        Assertions.assertThat(art.image(bram, c.getId(), m.getId())).get()
                .extracting(ArtImage::getDescription).isEqualTo("Een brug in de mist");
    }
}
