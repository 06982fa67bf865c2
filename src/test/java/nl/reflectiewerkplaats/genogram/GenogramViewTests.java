package nl.reflectiewerkplaats.genogram;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.support.KaribuViewTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/** The list view beside the drawing: the accessible way to read and change everything, live. */
@KaribuViewTest
class GenogramViewTests {

    @Autowired
    TestData data;
    @Autowired
    GenogramService genogram;

    @Given
    Actor.Facilitator facilitator;
    @Given
    Case theCase;
    @Given
    Meeting meeting;

    @Test
    void aParticipantAddsAPersonByTheFormAndSeesOthersChangesLive() {
        KaribuSupport.joinAs(meeting.getInviteToken(), "Bram");
        openGenogramTab();

        // no shape: a clear message, nothing stored
        _setValue(_get(TextField.class, s -> s.withLabel("Naam of rol")), "oma moederszijde");
        _click(_get(Button.class, s -> s.withText("Persoon toevoegen")));
        NotificationsKt.expectNotifications(
                "Kies een vorm voor deze persoon (man, vrouw, anders, professional of organisatie).");
        assertThat(genogram.open(facilitator, theCase.getId(), DiagramKind.GENOGRAM).persons()).isEmpty();

        @SuppressWarnings("unchecked")
        Select<Shape> shape = _get(Select.class, s -> s.withLabel("Vorm"));
        _setValue(shape, Shape.FEMALE);
        _setValue(_get(IntegerField.class, s -> s.withLabel("Geboortejaar")), 1952);
        _click(_get(Button.class, s -> s.withText("Persoon toevoegen")));
        assertThat(items()).anyMatch(t -> t.startsWith("oma moederszijde · Vrouw (cirkel) · 1952"));

        // the facilitator adds the mother and a conflict line elsewhere: they appear here
        Person oma = genogram.open(facilitator, theCase.getId(), DiagramKind.GENOGRAM).persons().get(0);
        Person moeder = genogram.addPerson(facilitator, theCase.getId(), DiagramKind.GENOGRAM,
                PersonDetails.of(Shape.FEMALE, "moeder"));
        genogram.addRelation(facilitator, theCase.getId(), DiagramKind.GENOGRAM, oma.getId(), moeder.getId(),
                RelationType.CONFLICT, 0, "");
        assertThat(KaribuSupport.awaitPush(() -> items().stream().anyMatch(t -> t.equals("Conflict: oma moederszijde – moeder")),
                Duration.ofSeconds(5))).isTrue();

        // removing the mother removes her line from the list too
        genogram.removePerson(facilitator, moeder.getId());
        assertThat(KaribuSupport.awaitPush(() -> items().stream().noneMatch(t -> t.contains("moeder –")
                || t.startsWith("moeder ·")), Duration.ofSeconds(5))).isTrue();
        assertThat(items()).contains("Nog geen lijnen.");

        // edit through the list: "Bewerken" (the list element reports which line's button), change, save
        Component persons = _get(Component.class, s -> s.withPredicate(c -> isList(c, "person")));
        assertThat(persons.getElement().getProperty("editLabel")).isEqualTo("Bewerken");
        _fireDomEvent(persons, "rw-edit", JsonMapper.builder().build().createObjectNode()
                .put("event.detail.id", oma.getId()));
        _setValue(_get(TextField.class, s -> s.withLabel("Naam of rol")), "oma Jans");
        _click(_get(Button.class, s -> s.withText("Opslaan")));
        assertThat(items()).anyMatch(t -> t.startsWith("oma Jans · Vrouw (cirkel) · 1952"));
        assertThat(genogram.open(facilitator, theCase.getId(), DiagramKind.GENOGRAM).persons())
                .extracting(Person::getName).containsExactly("oma Jans");
    }

    @Test
    void theKrachtenveldIsItsOwnDrawing() {
        genogram.addPerson(facilitator, theCase.getId(), DiagramKind.GENOGRAM, PersonDetails.of(Shape.MALE, "vader"));
        genogram.addPerson(facilitator, theCase.getId(), DiagramKind.FORCE_FIELD,
                PersonDetails.of(Shape.ORGANISATION, "gemeente"));
        KaribuSupport.joinAs(meeting.getInviteToken(), "Sanne");
        openGenogramTab();
        assertThat(items()).anyMatch(t -> t.startsWith("vader")).noneMatch(t -> t.startsWith("gemeente"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<DiagramKind> which =
                _get(RadioButtonGroup.class, s -> s.withLabel("Tekening"));
        _setValue(which, DiagramKind.FORCE_FIELD);
        assertThat(items()).anyMatch(t -> t.startsWith("gemeente · Organisatie")).noneMatch(t -> t.startsWith("vader"));
    }

    @Test
    void theFacilitatorPreparesItOnTheCasePage() {
        KaribuSupport.login(data.usernameOf(facilitator));
        UI.getCurrent().navigate("casussen/" + theCase.getId());
        Anchor link = _get(Anchor.class,
                s -> s.withText("Geno-sociogram en krachtenveld voorbereiden"));
        UI.getCurrent().navigate(link.getHref());
        _setValue(_get(TextField.class, s -> s.withLabel("Naam of rol")), "Jesse");
        @SuppressWarnings("unchecked")
        Select<Shape> shape = _get(Select.class, s -> s.withLabel("Vorm"));
        _setValue(shape, Shape.MALE);
        _setValue(_get(IntegerField.class, s -> s.withLabel("Leeftijd")), 14);
        _setValue(_get(Checkbox.class,
                s -> s.withLabel("Kind om wie het gaat (dubbele rand)")), true);
        _click(_get(Button.class, s -> s.withText("Persoon toevoegen")));
        assertThat(items()).anyMatch(t -> t.equals("Jesse · Man (vierkant) · 14 jr · kind om wie het gaat"));
        // the facilitator may tidy up; the stored person is the case's child
        _click(_get(Button.class, s -> s.withText("Netjes schikken")));
        assertThat(genogram.open(facilitator, theCase.getId(), DiagramKind.GENOGRAM).persons())
                .singleElement().satisfies(p -> assertThat(p.isIndexPerson()).isTrue());
    }

    @Test
    void anotherPersonsLifeEventLeavesTheEventBeingTypedAlone() {
        Person oma = genogram.addPerson(facilitator, theCase.getId(), DiagramKind.GENOGRAM,
                PersonDetails.of(Shape.FEMALE, "oma"));
        KaribuSupport.joinAs(meeting.getInviteToken(), "Bram");
        openGenogramTab();
        Component persons = _get(Component.class, s -> s.withPredicate(c -> isList(c, "person")));
        _fireDomEvent(persons, "rw-edit", JsonMapper.builder().build().createObjectNode()
                .put("event.detail.id", oma.getId()));

        // Bram starts an event for oma
        @SuppressWarnings("unchecked")
        Select<LifeEventKind> kind = _get(Select.class, s -> s.withLabel("Wat gebeurde er"));
        _setValue(kind, LifeEventKind.MOVED);
        TextField text = _get(TextField.class, s -> s.withLabel("Toelichting"));
        _setValue(text, "naar Zwolle, dichter bij");

        // meanwhile the facilitator adds another event for oma: it shows in the list, Bram's row stays
        genogram.addEvent(facilitator, oma.getId(), LifeEventKind.ILLNESS, LocalDate.of(2024, 3, 1), "hartoperatie");
        assertThat(KaribuSupport.awaitPush(() -> _find(UnorderedList.class, s -> s.withClasses("rw-genogram-events")).getFirst()
                .getElement().getTextRecursively().contains("hartoperatie"), Duration.ofSeconds(5))).isTrue();
        assertThat(_get(TextField.class, s -> s.withLabel("Toelichting"))).as("the same field").isSameAs(text);
        assertThat(text.getValue()).isEqualTo("naar Zwolle, dichter bij");
        assertThat(kind.getValue()).isEqualTo(LifeEventKind.MOVED);

        _setValue(_get(DatePicker.class, s -> s.withLabel("Datum")), LocalDate.of(2025, 6, 1));
        _setValue(text, "naar Zwolle, dichter bij haar dochter");
        _click(_get(Button.class, s -> s.withText("Gebeurtenis toevoegen")));
        assertThat(genogram.open(facilitator, theCase.getId(), DiagramKind.GENOGRAM).events()).extracting(LifeEvent::getText)
                .containsExactlyInAnyOrder("hartoperatie", "naar Zwolle, dichter bij haar dochter");
        assertThat(kind.getValue()).as("the row is ready for the next").isNull();
    }

    private static void openGenogramTab() {
        KaribuSupport.openInstrument("Geno-sociogram");
    }

    /** One of the list view's two list elements ({@code kind} "person" or "relation"; null: either). */
    private static boolean isList(Component c, String kind) {
        return c.getElement().getTag().equals("rw-genogram-items")
                && (kind == null || kind.equals(c.getElement().getProperty("kind")));
    }

    /** The lines the list view shows: what its two list elements receive (persons, then lines). */
    private static List<String> items() {
        Div list = _get(Div.class, s -> s.withClasses("rw-genogram-list"));
        List<String> lines = new ArrayList<>();
        for (Component items : _find(list, Component.class, s -> s.withPredicate(c -> isList(c, null)))) {
            JsonNode shown = JsonMapper.builder().build().readTree(items.getElement().getProperty("items"));
            shown.forEach(item -> lines.add(item.get("text").asString()));
            if (shown.isEmpty()) {
                lines.add(items.getElement().getProperty("empty"));
            }
        }
        return lines;
    }
}
