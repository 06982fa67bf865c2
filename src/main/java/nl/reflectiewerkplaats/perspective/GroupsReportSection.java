package nl.reflectiewerkplaats.perspective;

import java.util.ArrayList;
import java.util.List;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportContext;
import nl.reflectiewerkplaats.instrument.report.ReportSection;
import nl.reflectiewerkplaats.notes.NotesReport;
import nl.reflectiewerkplaats.round.Round;
import org.springframework.stereotype.Component;

/** A two-groups round in the report: once pitched, each group's perspective and three steps, and what we made of it. */
@Component
record GroupsReportSection(GroupsService groups, NotesReport notes) implements ReportSection {

    @Override
    public List<ReportBlock> blocks(ReportContext context, Round round) {
        if (!GroupsService.ROUND.owns(round)) {
            return List.of();
        }
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(ReportBlock.heading("Perspectiefwissel: twee groepen"));
        if (!round.isRevealed()) {
            blocks.add(ReportBlock.paragraph(ReportSection.notRevealed(round, "De groepen hebben nog niet gepitcht.")));
            return blocks;
        }
        for (GroupSpace space : groups.pitches(context.actor(), round.getId())) {
            blocks.add(ReportBlock.subheading(space.getSide() == GroupSide.HULPVERLENING
                    ? "Hulpverlening" : "Gezin en netwerk"));
            blocks.add(ReportBlock.paragraph("Perspectief: " + space.get(GroupSpace.Part.PERSPECTIVE)));
            blocks.add(new ReportBlock.Bullets(List.of("1. " + space.get(GroupSpace.Part.STEP1),
                    "2. " + space.get(GroupSpace.Part.STEP2), "3. " + space.get(GroupSpace.Part.STEP3))));
        }
        blocks.addAll(notes.under("Wat betekenen de verschillen?", context, "perspectief:verschillen:" + round.getId()));
        blocks.addAll(notes.under("Wat leert dit ons?", context, "perspectief:evaluatie:" + round.getId()));
        return blocks;
    }
}
