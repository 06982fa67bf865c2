package nl.reflectiewerkplaats.genogram.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.genogram.Diagram;
import nl.reflectiewerkplaats.genogram.DiagramKind;
import nl.reflectiewerkplaats.genogram.GenogramService;
import nl.reflectiewerkplaats.genogram.LifeEventChanged;
import nl.reflectiewerkplaats.genogram.Person;
import nl.reflectiewerkplaats.genogram.PersonChanged;
import nl.reflectiewerkplaats.genogram.PersonDragged;
import nl.reflectiewerkplaats.genogram.PositionsChanged;
import nl.reflectiewerkplaats.genogram.RelationChanged;
import nl.reflectiewerkplaats.instrument.ui.HistoryAffordance;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;

/**
 * Werkkaart 4: the case's geno-sociogram (or its krachtenveld), drawn live for
 * everyone, with a form and a list of all persons and lines beside it (the accessible
 * way to read and change everything). Changes by others arrive one at a time and
 * touch only what changed.
 */
public class GenogramPanel extends Div {

    private final GenogramBinding binding;
    private final Checkbox professionals = new Checkbox();
    private final GenogramPersonForm personForm;
    private final GenogramLineForm lineForm;
    private final GenogramList list;
    private final String caseName;
    private final boolean moderator;
    private final Div toolbar;

    /**
     * @param meetingId the meeting it is used in, or null on the case page (preparation)
     * @param caseName  the case's pseudonym, for the title of an export
     */
    public GenogramPanel(GenogramService service, CaseBroadcaster broadcaster, Actor actor, String caseId,
                         String meetingId, boolean moderator, String caseName) {
        this.caseName = caseName;
        this.binding = new GenogramBinding(
                new GenogramBinding.Session(service, actor, caseId, meetingId, new GenogramJson(this::getTranslation)));
        this.personForm = new GenogramPersonForm(binding);
        this.lineForm = new GenogramLineForm(binding);
        this.list = new GenogramList(binding, this::select, lineForm::edit);
        binding.informs(personForm, lineForm, this::refreshLists);
        addClassName("rw-genogram-panel");

        Span kicker = new Span(getTranslation("cards.werkkaartNumber", 4));
        kicker.addClassName("rw-kicker");
        Paragraph intro = new Paragraph(getTranslation("genogram.intro"));
        intro.addClassName("rw-intro");
        Paragraph source = new Paragraph(getTranslation("genogram.source"));
        source.addClassName("rw-source");
        GenogramDiagram diagram = binding.diagram();
        diagram.setWidthFull();
        listenToDiagram(diagram);

        Div editor = new Div(personForm, lineForm);
        editor.addClassName("rw-genogram-editor");
        Div lower = new Div(editor, list);
        lower.addClassName("rw-genogram-lower");
        if (actor.watcher()) {
            editor.setVisible(false);
        }
        this.moderator = moderator;
        this.toolbar = toolbar(moderator);
        add(kicker, new H3(getTranslation("genogram.title")), intro, toolbar, diagram, lower, source);

        LiveUpdates.bind(this, broadcaster, caseId, actor, PersonChanged.class, binding::apply);
        LiveUpdates.bind(this, broadcaster, caseId, actor, RelationChanged.class, binding::apply);
        LiveUpdates.bind(this, broadcaster, caseId, actor, LifeEventChanged.class, binding::apply);
        LiveUpdates.bind(this, broadcaster, caseId, actor, PositionsChanged.class, binding::apply);
        LiveUpdates.bind(this, broadcaster, caseId, actor, PersonDragged.class, binding::apply);
        // a hidden tab is detached and misses changes meanwhile: load afresh on every attach
        addAttachListener(e -> reload());
    }

    /** Puts the "Geschiedenis" button (undo, and for the facilitator restore) in the toolbar. */
    public GenogramPanel withHistory(HistoryAffordance history) {
        GenogramBinding.Session session = binding.session();
        toolbar.add(history.button(session.actor(), session.caseId(), "genogram", moderator));
        return this;
    }

    /** Which diagram, the professionals' layer and (for the facilitator) "netjes schikken". */
    private Div toolbar(boolean moderator) {
        RadioButtonGroup<DiagramKind> which = new RadioButtonGroup<>(getTranslation("genogram.kindLabel"));
        which.setItems(DiagramKind.values());
        which.setItemLabelGenerator(k -> getTranslation("genogram.kind." + k.name()));
        which.setValue(binding.kind());
        which.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                binding.setKind(e.getValue());
                reload();
            }
        });
        professionals.setLabel(getTranslation("genogram.showProfessionals"));
        professionals.setValue(true);
        professionals.addValueChangeListener(e -> binding.diagram().setLayerVisible(e.getValue()));
        Span grow = new Span();
        grow.addClassName("rw-grow");
        Div toolbar = new Div(which, professionals, grow);
        toolbar.addClassName("rw-genogram-toolbar");
        if (moderator) {
            GenogramBinding.Session session = binding.session();
            Button tidy = new Button(getTranslation("genogram.tidy"), VaadinIcon.GRID_SMALL.create(), e ->
                    Messages.attempt(this, () -> session.service().tidyUp(session.actor(), session.caseId(), binding.kind()).size(),
                            count -> Messages.showSuccess(getTranslation("genogram.tidied", count))));
            tidy.setTooltipText(getTranslation("genogram.tidyHelp"));
            toolbar.add(tidy);
        }
        return toolbar;
    }

    /** Selections, moves and drags in the drawing. */
    private void listenToDiagram(GenogramDiagram diagram) {
        Actor actor = binding.session().actor();
        GenogramService service = binding.session().service();
        diagram.addSelectListener((what, id) -> {
            if ("person".equals(what) && binding.person(id) != null) {
                select(binding.person(id));
            } else if ("relation".equals(what) && binding.relation(id) != null) {
                lineForm.edit(binding.relation(id));
            }
        });
        diagram.addMoveListener(move -> {
            if (!actor.watcher()
                    && !Messages.attempt(this, () -> service.movePerson(actor, move.personId(), move.to().x(), move.to().y()))) {
                binding.moveBack(move.personId());
            }
        });
        diagram.addDragListener((id, dragging) -> {
            if (!actor.watcher()) {
                Messages.attempt(this, () -> service.signalDrag(actor, id, dragging));
            }
        });
    }

    /** The diagram kind shown now. */
    public DiagramKind kind() {
        return binding.kind();
    }

    private void reload() {
        DiagramKind kind = binding.kind();
        Diagram d = binding.load();
        professionals.setVisible(kind == DiagramKind.GENOGRAM);
        binding.diagram().setLayerVisible(kind != DiagramKind.GENOGRAM || professionals.getValue());
        binding.draw(d, getTranslation("genogram.kind." + kind.name()) + " · " + caseName);
        personForm.startNew();
        lineForm.startNew();
        refreshLists();
    }

    private void refreshLists() {
        list.refresh();
        lineForm.refreshPersons();
    }

    private void select(Person p) {
        personForm.edit(p);
        binding.diagram().setSelected(p.getId());
    }

    static Paragraph hint(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("rw-genogram-hint");
        return p;
    }

    static Button small(String text, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }
}
