package nl.reflectiewerkplaats.facilitation;

import java.time.Instant;
import java.util.List;
import lombok.Getter;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** An agenda a facilitator saved to reuse: the steps, without any case content. */
@Getter
@Document("agenda_templates")
public class AgendaTemplate {

    public static final int NAME_MAX_LENGTH = 80;

    @Id
    private String id;
    @Indexed
    private String ownerId;
    private String name;
    private List<Agenda.Step> steps;
    private Instant savedAt;

    protected AgendaTemplate() {
    }

    AgendaTemplate(String ownerId, String name, List<Agenda.Step> steps, Instant savedAt) {
        this.ownerId = ownerId;
        this.name = name;
        this.steps = List.copyOf(steps);
        this.savedAt = savedAt;
    }

    /** A template the product provides (an {@link AgendaPlan}): not stored, owned by no one. */
    static AgendaTemplate provided(String id, String name, List<Agenda.Step> steps) {
        AgendaTemplate template = new AgendaTemplate(null, name, steps, null);
        template.id = id;
        return template;
    }

    public List<Agenda.Step> getSteps() {
        return List.copyOf(steps);
    }

    String getOwnerId() {
        return ownerId;
    }
}
