package nl.reflectiewerkplaats.facilitation;

import java.util.List;

/**
 * An agenda the product itself provides (e.g. an MDO in six steps): a module registers
 * one as a bean, and every facilitator finds it among the templates, before their own.
 * Its steps name instruments by their registered id, as {@link Agenda.Step} does.
 *
 * @param id    stable id, unique among the plans
 * @param name  the name facilitators choose it by (Dutch, shown as is)
 * @param steps the steps in order
 */
public record AgendaPlan(String id, String name, List<PlannedStep> steps) {

    /** The prefix that tells a provided plan's template id from a saved template's. */
    static final String TEMPLATE_PREFIX = "plan:";

    public AgendaPlan {
        steps = List.copyOf(steps);
    }

    /** One step of a plan: an instrument id, the step's title and its planned minutes. */
    public record PlannedStep(String instrument, String title, int plannedMinutes) {
    }

    /** The id under which this plan is offered among the templates (see {@link FacilitationService#useTemplate}). */
    public String templateId() {
        return TEMPLATE_PREFIX + id;
    }

    AgendaTemplate asTemplate() {
        return AgendaTemplate.provided(templateId(), name,
                steps.stream().map(s -> new Agenda.Step("", s.instrument(), s.title(), s.plannedMinutes())).toList());
    }
}
