package nl.reflectiewerkplaats.notes;

import java.util.List;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportContext;
import org.springframework.stereotype.Component;

/** The shared notes on a topic as a part of a report section: the question, then every note; nothing when empty. */
@Component
public class NotesReport {

    private final SharedNoteService notes;

    NotesReport(SharedNoteService notes) {
        this.notes = notes;
    }

    public List<ReportBlock> under(String title, ReportContext context, String topic) {
        List<String> texts = notes.notes(context.actor(), context.caseId(), topic).stream().map(SharedNote::text).toList();
        return texts.isEmpty() ? List.of() : List.of(ReportBlock.subheading(title), new ReportBlock.Bullets(texts));
    }
}
