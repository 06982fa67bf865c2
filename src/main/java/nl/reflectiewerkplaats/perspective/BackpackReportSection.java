package nl.reflectiewerkplaats.perspective;

import java.util.ArrayList;
import java.util.List;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportContext;
import nl.reflectiewerkplaats.instrument.report.ReportSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The backpacks of this meeting in the report: which advice stayed in, which came out; authors only with names. */
@Component
@Order(600)
record BackpackReportSection(BackpackService backpacks) implements ReportSection {

    @Override
    public List<ReportBlock> blocks(ReportContext context) {
        List<ReportBlock> blocks = new ArrayList<>();
        for (var entry : backpacks.history(context.actor(), context.caseId())) {
            if (entry.getKey().getMeetingId().equals(context.meetingId())) {
                blocks.addAll(backpack(entry.getKey(), entry.getValue(), context.includeNames()));
            }
        }
        return blocks;
    }

    private static List<ReportBlock> backpack(Backpack backpack, List<Book> books, boolean names) {
        long inside = books.stream().filter(Book::isInBackpack).count();
        return List.of(ReportBlock.heading("Perspectiefwissel: de rugzak (als " + backpack.getFamilyRole() + ")"),
                ReportBlock.paragraph(inside + " boeken bleven in de rugzak, " + (books.size() - inside) + " gingen eruit."),
                new ReportBlock.Bullets(books.stream().map(b -> b.getText() + (names ? " — " + b.getAuthorName() : "")
                        + (b.isInBackpack() ? "" : " (eruit gehaald)")).toList()));
    }
}
