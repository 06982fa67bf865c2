package nl.reflectiewerkplaats.spiderweb.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.cards.ActInstruments;
import nl.reflectiewerkplaats.instrument.SessionContext;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;
import nl.reflectiewerkplaats.spiderweb.SelfAssessment;
import nl.reflectiewerkplaats.spiderweb.SpiderWebEvents;
import nl.reflectiewerkplaats.spiderweb.SpiderWebService;
import nl.reflectiewerkplaats.spiderweb.Web;

/**
 * The spinnenweb: one's own scores and web (with the web of an earlier meeting under it),
 * the explicit choice to share it, the group's web from shared webs only, the four ways
 * of acting as context, and for the facilitator the pitfalls checklist.
 */
public class SpiderWebPanel extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"))
            .withZone(DutchTime.ZONE);
    static final String MINE = "#2f6f73";
    static final String EARLIER = "#9a6b4f";

    private final SpiderWebService service;
    private final SessionContext context;
    private final ActInstruments.Competencies competencies;
    private final Map<String, RadioButtonGroup<Integer>> scoreFields = new LinkedHashMap<>();
    private final Div ownWeb = new Div();
    private final Div groupWeb = new Div();
    private final Checkbox share = new Checkbox();
    private final Span shareStatus = new Span();
    private final Div pitfallList = new Div();
    private final Map<String, Checkbox> pitfallBoxes = new LinkedHashMap<>();

    public SpiderWebPanel(SpiderWebService service, CaseBroadcaster broadcaster, SessionContext context) {
        this.service = service;
        this.context = context;
        this.competencies = service.competencies();
        addClassName("rw-spiderweb-panel");
        Paragraph intro = new Paragraph(competencies.intro());
        intro.addClassName("rw-intro");
        add(new H3(competencies.title()), intro, waysOfActing(service));
        if (context.moderator()) {
            add(pitfalls(service));
        }
        Div columns = new Div();
        columns.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)")
                .set("align-items", "flex-start");
        if (!context.actor().watcher()) {
            columns.add(scores(), own());
        }
        Div group = new Div(new H4(getTranslation("web.group.title")), groupWeb);
        group.addClassName("rw-web-group");
        group.getStyle().set("flex", "1 1 22em").set("max-width", "40em");
        columns.add(group);
        Paragraph source = new Paragraph(getTranslation("cards.source", competencies.source().publication(),
                competencies.source().section()));
        source.addClassName("rw-source");
        add(columns, source);
        addAttachListener(e -> refresh());
        LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), SpiderWebEvents.WebChanged.class, e -> {
            if (!context.meetingId().equals(e.meetingId())) {
                return;
            }
            if (e.ownerId().equals(context.actor().id())) {
                showOwn();
            }
            if (e.groupChanged()) {
                showGroup();
            }
        });
        if (context.moderator()) {
            LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), SpiderWebEvents.PitfallsChanged.class,
                    e -> {
                if (context.meetingId().equals(e.meetingId())) {
                    showPitfalls();
                }
            });
        }
    }

    private void refresh() {
        if (!context.actor().watcher()) {
            showOwn();
        }
        showGroup();
        if (!pitfallBoxes.isEmpty()) {
            showPitfalls();
        }
    }

    private Details waysOfActing(SpiderWebService service) {
        ActInstruments.WaysOfActing ways = service.ways();
        OrderedList list = new OrderedList();
        ways.ways().forEach(w -> list.add(new ListItem(w)));
        Paragraph source = new Paragraph(getTranslation("cards.source", ways.source().publication(),
                ways.source().section()));
        source.addClassName("rw-source");
        Details details = new Details(ways.title(), new Paragraph(ways.intro()), list, source);
        details.addClassName("rw-ways-of-acting");
        return details;
    }

    /** One choice per competency, 1 to 5 with a word, saved at once. */
    private Div scores() {
        Div form = new Div(new H4(getTranslation("web.mine.scores")));
        form.addClassName("rw-web-scores");
        form.getStyle().set("flex", "1 1 22em").set("max-width", "36em");
        List<String> scale = competencies.scale();
        for (ActInstruments.Competency competency : competencies.items()) {
            RadioButtonGroup<Integer> field = new RadioButtonGroup<>(competency.number() + ". " + competency.name());
            field.setItems(IntStream.rangeClosed(1, scale.size()).boxed().toList());
            field.setItemLabelGenerator(v -> v + " " + scale.get(v - 1));
            field.setHelperText(competency.explanation());
            field.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
            field.getElement().setAttribute("data-competency", competency.id());
            field.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    Messages.attempt(this, () -> {
                        service.score(context.actor(), context.caseId(), context.meetingId(), competency.id(),
                                e.getValue());
                        showOwn();
                    });
                }
            });
            scoreFields.put(competency.id(), field);
            form.add(field);
        }
        return form;
    }

    private Div own() {
        share.setLabel(getTranslation("web.share"));
        share.addClassName("rw-web-share");
        share.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                boolean ok = Messages.attempt(this,
                        () -> service.share(context.actor(), context.caseId(), context.meetingId(), e.getValue()));
                if (!ok) {
                    share.setValue(e.getOldValue());
                }
                showOwn();
            }
        });
        shareStatus.addClassName("rw-web-share-status");
        shareStatus.addClassName("rw-muted");
        shareStatus.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
        Div box = new Div(new H4(getTranslation("web.mine.title")), ownWeb, share, shareStatus);
        box.addClassName("rw-web-mine");
        box.getStyle().set("flex", "1 1 22em").set("max-width", "40em");
        return box;
    }

    private void showOwn() {
        SelfAssessment mine = service.mine(context.actor(), context.caseId(), context.meetingId()).orElse(null);
        SelfAssessment earlier = service.earlier(context.actor(), context.caseId(), context.meetingId()).orElse(null);
        if (mine != null) {
            mine.getScores().forEach((id, value) -> {
                RadioButtonGroup<Integer> field = scoreFields.get(id);
                if (field != null) {
                    field.setValue(value);
                }
            });
        }
        ownWeb.removeAll();
        List<RadarSvg.Layer> layers = new ArrayList<>();
        if (mine != null && !mine.getScores().isEmpty()) {
            layers.add(new RadarSvg.Layer(Web.of(getTranslation("web.legend.now"), mine), MINE, "rgba(47,111,115,0.22)",
                    false, "rw-web-now"));
        }
        if (earlier != null) {
            layers.add(new RadarSvg.Layer(Web.of(getTranslation("web.legend.earlier"), earlier), EARLIER, "none", true,
                    "rw-web-earlier"));
        }
        if (layers.isEmpty()) {
            ownWeb.add(new Paragraph(getTranslation("web.mine.empty")));
        } else {
            ownWeb.add(RadarSvg.of(competencies, layers, getTranslation("web.mine.title")));
            ownWeb.add(legend(mine != null && !mine.getScores().isEmpty(), earlier));
        }
        boolean shared = mine != null && mine.isShared();
        share.setValue(shared);
        share.setEnabled(mine != null);
        shareStatus.setText(getTranslation(shared ? "web.share.on" : "web.share.off"));
    }

    private Div legend(boolean now, SelfAssessment earlier) {
        Div legend = new Div();
        legend.addClassName("rw-web-legend");
        legend.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("font-size", "var(--lumo-font-size-s)");
        if (now) {
            legend.add(key(MINE, false, getTranslation("web.legend.now")));
        }
        if (earlier != null) {
            legend.add(key(EARLIER, true, getTranslation("web.legend.earlierOn", DAY.format(earlier.getUpdatedAt()))));
        }
        return legend;
    }

    private static Span key(String colour, boolean dashed, String text) {
        Span line = new Span();
        line.getStyle().set("display", "inline-block").set("width", "1.6em").set("margin-right", "0.4em")
                .set("vertical-align", "middle").set("border-top", "3px " + (dashed ? "dashed " : "solid ") + colour);
        Span key = new Span(line, new Span(text));
        return key;
    }

    /** The group's web: the average of the webs shared in this meeting, and who shared. */
    private void showGroup() {
        groupWeb.removeAll();
        List<SelfAssessment> shared = service.shared(context.actor(), context.caseId(), context.meetingId());
        if (shared.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("web.group.none"));
            none.addClassName("rw-muted");
            groupWeb.add(none);
            return;
        }
        Web average = service.group(context.actor(), context.caseId(), context.meetingId(),
                getTranslation("web.group.title"));
        groupWeb.getStyle().set("max-width", "34em");
        groupWeb.add(RadarSvg.of(competencies, List.of(new RadarSvg.Layer(average, "#245a5d", "rgba(47,111,115,0.15)",
                false, "rw-web-average")), getTranslation("web.group.title")));
        Paragraph who = new Paragraph(getTranslation("web.group.sharedBy", shared.size(),
                String.join(", ", shared.stream().map(SelfAssessment::getOwnerName).toList())));
        who.addClassName("rw-web-shared-by");
        groupWeb.add(who);
    }

    /** The facilitator's aid: pitfalls to tick when they show in this meeting. */
    private Details pitfalls(SpiderWebService service) {
        ActInstruments.Pitfalls pitfalls = service.pitfalls();
        Paragraph hint = new Paragraph(pitfalls.intro());
        hint.addClassName("rw-muted");
        for (ActInstruments.Pitfall pitfall : pitfalls.items()) {
            Checkbox box = new Checkbox(pitfall.text());
            box.getElement().setAttribute("data-pitfall", pitfall.id());
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    Messages.attempt(this, () -> service.tickPitfall(context.actor(), context.caseId(),
                            context.meetingId(), pitfall.id(), e.getValue()));
                }
            });
            box.getStyle().set("display", "block");
            pitfallBoxes.put(pitfall.id(), box);
            pitfallList.add(box);
        }
        Paragraph source = new Paragraph(getTranslation("cards.source", pitfalls.source().publication(),
                pitfalls.source().section()));
        source.addClassName("rw-source");
        Details details = new Details(getTranslation("web.pitfalls.title"), hint, pitfallList, source);
        details.addClassName("rw-pitfalls");
        return details;
    }

    private void showPitfalls() {
        List<String> ticked = service.tickedPitfalls(context.actor(), context.caseId(), context.meetingId());
        pitfallBoxes.forEach((id, box) -> box.setValue(ticked.contains(id)));
    }
}
