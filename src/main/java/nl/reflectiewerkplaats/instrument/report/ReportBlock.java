package nl.reflectiewerkplaats.instrument.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * One piece of the session report, said without how it looks: an instrument's
 * {@link ReportSection} decides which blocks go in the report; the report module decides
 * fonts, spacing and placing (it draws the PDF).
 */
// the nested types are named too: Modulith does not count them with the annotated type
@NamedInterface("report")
public sealed interface ReportBlock {

    /** Text in one of the report's styles; the factories below name them. */
    @NamedInterface("report")
    record Text(Style style, String text) implements ReportBlock {

        /** What a piece of text is; the report gives each its own look. */
        @NamedInterface("report")
        public enum Style {
            /** the report's own title, once at the top */
            TITLE,
            /** the title of a section */
            HEADING,
            /** a title within a section */
            SUBHEADING,
            /** ordinary text */
            PARAGRAPH,
            /** a note in small print: counts, legends, what a picture showed */
            SMALL,
            /** a line of verse or a quotation, set apart from the text around it */
            VERSE,
            /** where the material comes from, set apart at the end of a section */
            CREDIT
        }
    }

    /** A list, one line per item. */
    @NamedInterface("report")
    record Bullets(List<String> items) implements ReportBlock {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** A table with a header row; {@code widths} are the columns' relative widths. */
    @NamedInterface("report")
    record Table(List<String> header, List<Float> widths, List<List<String>> rows) implements ReportBlock {
        public Table {
            header = List.copyOf(header);
            widths = List.copyOf(widths);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A picture (PNG or JPEG bytes); {@code fit} says how much room it may take. */
    @NamedInterface("report")
    record Picture(byte[] image, Fit fit) implements ReportBlock {
        public Picture {
            image = image.clone();
        }

        @Override
        public byte[] image() {
            return image.clone();
        }

        /** How much of the page a picture may fill. */
        @NamedInterface("report")
        public enum Fit {
            /** its own size, made smaller only when it would not fit in a third of the page */
            INLINE,
            /** as large as the page allows, centred */
            PAGE
        }
    }

    /**
     * A vector drawing of {@code width} × {@code height} points, centred: the instrument paints
     * the shapes; the report sets the labels in its own font. Coordinates run from the top left.
     */
    @NamedInterface("report")
    record Drawing(float width, float height, Consumer<Graphics2D> shapes, List<Label> labels) implements ReportBlock {
        public Drawing {
            labels = List.copyOf(labels);
        }

        /** A text on the drawing: {@code y} is its baseline, {@code x} its left end or, when centred, its middle. */
        @NamedInterface("report")
        public record Label(String text, float x, float y, float size, Color color, boolean centred) {
        }
    }

    /** A line between two poles with everyone's place on it; a moved mark also shows where it was first. */
    @NamedInterface("report")
    record Scale(String left, String right, List<Mark> marks) implements ReportBlock {
        public Scale {
            marks = List.copyOf(marks);
        }

        /**
         * A place on the line, 0 (left pole) to 1 (right pole).
         *
         * @param from the first place when the mark was moved, otherwise null
         * @param label shown under the mark; empty for none
         */
        @NamedInterface("report")
        public record Mark(double at, @Nullable Double from, String label) {
        }
    }

    /** Starts a new page when less than {@code height} points are left, so what follows stays together. */
    @NamedInterface("report")
    record KeepTogether(float height) implements ReportBlock {
    }

    // the styles sections use most, by name

    static ReportBlock heading(String text) {
        return new Text(Text.Style.HEADING, text);
    }

    static ReportBlock subheading(String text) {
        return new Text(Text.Style.SUBHEADING, text);
    }

    static ReportBlock paragraph(String text) {
        return new Text(Text.Style.PARAGRAPH, text);
    }

    static ReportBlock small(String text) {
        return new Text(Text.Style.SMALL, text);
    }

    /** A credit line below a section (where its method comes from). */
    static ReportBlock credit(String text) {
        return new Text(Text.Style.CREDIT, text);
    }

    /** The credit line of a section whose content was written after a source: "Naar: publication, section." */
    static ReportBlock after(String publication, String section) {
        return credit("Naar: " + publication + ", " + section + ".");
    }
}
