package nl.reflectiewerkplaats.cards.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import nl.reflectiewerkplaats.base.ui.MainLayout;
import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.cards.SourceRef;
import nl.reflectiewerkplaats.cards.TensionField;
import nl.reflectiewerkplaats.cards.TensionFieldIntro;
import nl.reflectiewerkplaats.cards.Werkkaart;
import com.vaadin.flow.component.Component;

/** The werkkaarten and spanningsvelden, each readable like the paper card. */
@Route(value = "werkkaarten/:id?", layout = MainLayout.class)
@PermitAll
public class CardsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CardCatalog catalog;
    private final Div content = new Div();
    private String title = "";

    CardsView(CardCatalog catalog) {
        this.catalog = catalog;
        addClassName("rw-page");
        addClassName("rw-cards-page");
        Div index = new Div();
        index.addClassName("rw-card-index");
        index.add(new H4(getTranslation("cards.werkkaarten")));
        for (Werkkaart w : catalog.werkkaarten()) {
            index.add(link(w.number() + ". " + w.title(), w.id()));
        }
        index.add(new H4(getTranslation("cards.spanningsvelden")));
        index.add(link(catalog.tensionFieldIntro().title(), "spanningsvelden"));
        for (TensionField f : catalog.tensionFields()) {
            index.add(link(f.number() + ". " + f.title(), f.id()));
        }
        content.addClassName("rw-card-content");
        Div layout = new Div(index, content);
        layout.addClassName("rw-cards-layout");
        add(new H2(getTranslation("nav.cards")), layout);
    }

    private RouterLink link(String text, String id) {
        RouterLink link = new RouterLink(text, CardsView.class, new RouteParameters("id", id));
        link.addClassName("rw-card-link");
        return link;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse(catalog.werkkaarten().getFirst().id());
        content.removeAll();
        if ("spanningsvelden".equals(id)) {
            showIntro(catalog.tensionFieldIntro());
            return;
        }
        catalog.werkkaart(id).ifPresentOrElse(this::show, () -> catalog.tensionField(id).ifPresentOrElse(this::show,
                () -> {
                    title = getTranslation("error.pageNotFound.title");
                    content.add(new Paragraph(getTranslation("cards.unknown")));
                }));
    }

    private void show(Werkkaart card) {
        Article a = paper(getTranslation("cards.werkkaartNumber", card.number()), card.title());
        a.add(section(getTranslation("cards.purpose"), new Paragraph(card.purpose())),
                section(getTranslation("cards.whenToUse"), new Paragraph(card.whenToUse())),
                section(getTranslation("cards.steps"), ordered(card.steps())));
        card.questions().forEach(g -> a.add(section(g.heading(), bullets(g.items()))));
        addBulletsIfAny(a, "cards.tips", card.tips());
        show(a, card.source());
    }

    private void show(TensionField field) {
        Article a = paper(getTranslation("cards.fieldNumber", field.number()), field.title());
        Div poles = new Div(new Span(field.leftPole()), new Span(), new Span(field.rightPole()));
        poles.addClassName("rw-poles");
        a.add(poles, new Paragraph(field.explanation()),
                section(getTranslation("cards.generalQuestions"), bullets(catalog.tensionFieldIntro().generalQuestions())),
                section(getTranslation("cards.fieldQuestions"), bullets(field.questions())));
        addBulletsIfAny(a, "cards.bestuurderQuestions", field.bestuurderQuestions());
        show(a, field.source());
    }

    private void showIntro(TensionFieldIntro intro) {
        Article a = paper(getTranslation("cards.spanningsvelden"), intro.title());
        a.add(new Paragraph(intro.explanation()),
                section(getTranslation("cards.generalQuestions"), bullets(intro.generalQuestions())));
        show(a, intro.source());
    }

    /** A card's sheet with its kicker and heading; the heading is also the page's title. */
    private Article paper(String kicker, String heading) {
        title = heading;
        Article a = new Article();
        a.addClassName("rw-paper-card");
        Span k = new Span(kicker);
        k.addClassName("rw-kicker");
        a.add(k, new H3(heading));
        return a;
    }

    /** Ends the sheet with where to read further and shows it. */
    private void show(Article a, SourceRef ref) {
        a.add(source(ref));
        content.add(a);
    }

    /** A section of bullets under the heading, or none when there are no items. */
    private void addBulletsIfAny(Article a, String headingKey, List<String> items) {
        if (!items.isEmpty()) {
            a.add(section(getTranslation(headingKey), bullets(items)));
        }
    }

    private Div section(String heading, Component body) {
        Div d = new Div(new H4(heading), body);
        d.addClassName("rw-paper-section");
        return d;
    }

    private Paragraph source(SourceRef ref) {
        Paragraph p = new Paragraph(getTranslation("cards.source", ref.publication(), ref.section()));
        p.addClassName("rw-source");
        return p;
    }

    private static UnorderedList bullets(List<String> items) {
        UnorderedList list = new UnorderedList();
        items.forEach(i -> list.add(new ListItem(i)));
        return list;
    }

    private static OrderedList ordered(List<String> items) {
        OrderedList list = new OrderedList();
        items.forEach(i -> list.add(new ListItem(i)));
        return list;
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("nav.cards") : title) + " · " + getTranslation("app.name");
    }
}
