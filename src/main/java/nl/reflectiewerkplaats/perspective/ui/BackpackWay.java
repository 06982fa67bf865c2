package nl.reflectiewerkplaats.perspective.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Supplier;
import nl.reflectiewerkplaats.base.ui.EmptyState;
import nl.reflectiewerkplaats.base.ui.Inputs;
import org.jspecify.annotations.Nullable;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.instrument.SessionContext;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;
import nl.reflectiewerkplaats.perspective.Backpack;
import nl.reflectiewerkplaats.perspective.BackpackChanged;
import nl.reflectiewerkplaats.perspective.BackpackService;
import nl.reflectiewerkplaats.perspective.Book;

/**
 * Way 2, the rugzak: someone carries it as a family member, the others each put one
 * piece of advice in it as a book, and everyone sees it fill up. Then both sides say
 * what it was like.
 */
class BackpackWay extends Div {

    private final BackpackService service;
    private final SessionContext context;
    private final Supplier<List<PerspectivePanel.Person>> people;
    private Backpack backpack;
    /** What changes with the backpack: who carries it, the bag and the list of books (or how to start one). */
    private final Div content = new Div();
    /**
     * The advice form, apart from {@link #content}: it stays the same field for as long as
     * the same backpack is being filled, so what someone is typing survives the books
     * others put in meanwhile.
     */
    private final Div adviceSlot = new Div();
    private @Nullable String adviceFor;
    /** The reflection questions and the facilitator's buttons, after the form. */
    private final Div tail = new Div();

    BackpackWay(BackpackService service, CaseBroadcaster broadcaster, SessionContext context,
                Supplier<List<PerspectivePanel.Person>> people) {
        this.service = service;
        this.context = context;
        this.people = people;
        addClassName("rw-backpack-way");
        Paragraph intro = new Paragraph(getTranslation("backpack.intro"));
        intro.addClassName("rw-intro");
        add(intro, content, adviceSlot, tail);
        addAttachListener(e -> show(service.current(context.actor(), context.caseId(), context.meetingId())
                .orElse(null)));
        LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), BackpackChanged.class, e -> {
            if (context.meetingId().equals(e.meetingId())) {
                show(service.current(context.actor(), context.caseId(), context.meetingId()).orElse(null));
            }
        });
    }

    private void show(Backpack current) {
        this.backpack = current;
        content.removeAll();
        tail.removeAll();
        boolean filling = current != null && current.getPhase() == Backpack.Phase.FILLING
                && !context.actor().id().equals(current.getCarrierId());
        if (!filling) {
            adviceSlot.removeAll();
            adviceFor = null;
        } else if (!current.getId().equals(adviceFor)) {
            adviceSlot.removeAll();
            adviceSlot.add(adviceForm(current));
            adviceFor = current.getId();
        }
        if (current == null) {
            if (context.moderator()) {
                content.add(startBar());
            } else {
                content.add(EmptyState.of(this, "backpack.none.title", "backpack.none.participant"));
            }
            content.add(earlier());
            return;
        }
        boolean carrier = context.actor().id().equals(current.getCarrierId());
        List<Book> books = service.books(context.actor(), current.getId());

        Paragraph who = new Paragraph(carrier ? getTranslation("backpack.youCarry", current.getFamilyRole())
                : getTranslation("backpack.carries", current.getCarrierName(), current.getFamilyRole()));
        who.addClassName("rw-round-status");
        Div view = new Div(bag(books.stream().filter(Book::isInBackpack).toList()), bookList(current, books));
        view.addClassName("rw-backpack-view");
        content.add(who, view);

        if (current.getPhase() == Backpack.Phase.REFLECTING) {
            Div questions = new Div(new Span(getTranslation("backpack.reflect")),
                    new UnorderedList(new ListItem(getTranslation("backpack.q.advisors")),
                            new ListItem(getTranslation("backpack.q.carrier", current.getFamilyRole())),
                            new ListItem(getTranslation("backpack.q.family"))));
            questions.addClassName("rw-field-questions");
            tail.add(questions);
        }
        if (context.moderator()) {
            Div bar = new Div();
            bar.addClassName("rw-facilitator-bar");
            if (current.getPhase() == Backpack.Phase.FILLING) {
                bar.add(new Button(getTranslation("backpack.toReflect"), e ->
                        Messages.attempt(this, () -> service.reflect(context.actor(), current.getId()))));
            }
            bar.add(new Button(getTranslation("field.finish"), VaadinIcon.CHECK.create(), e ->
                    Messages.attempt(this, () -> service.close(context.actor(), current.getId()))));
            tail.add(bar);
        }
    }

    /** The rugzak itself: a spine per book inside, fuller as more goes in. */
    private Div bag(List<Book> inside) {
        Div bag = new Div();
        bag.addClassName("rw-backpack");
        Div stack = new Div();
        stack.addClassName("rw-book-stack");
        for (int i = 0; i < inside.size(); i++) {
            Div spine = new Div();
            spine.addClassName("rw-book-spine");
            spine.addClassName("rw-book-color-" + (i % 5));
            spine.getElement().setAttribute("title", inside.get(i).getText());
            stack.add(spine);
        }
        Span count = new Span(getTranslation("backpack.count", inside.size()));
        count.addClassName("rw-backpack-count");
        bag.add(stack, count);
        bag.getStyle().set("--rw-fill", String.valueOf(Math.min(1.0, inside.size() / 10.0)));
        return bag;
    }

    /** Every book with its author; while filling, the carrier can take one out. */
    private UnorderedList bookList(Backpack current, List<Book> books) {
        UnorderedList list = new UnorderedList();
        list.addClassName("rw-book-list");
        for (Book book : books) {
            ListItem item = new ListItem(new Span(book.getText()));
            Span by = new Span(" — " + book.getAuthorName());
            by.addClassName("rw-muted");
            item.add(by);
            if (book.isInBackpack()) {
                if (current.getPhase() == Backpack.Phase.FILLING) {
                    Button out = new Button(getTranslation("backpack.takeOut"), e ->
                            Messages.attempt(this, () -> service.takeOut(context.actor(), book.getId())));
                    out.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                    item.add(out);
                }
            } else {
                item.addClassName("rw-book-out");
                item.add(new Span(" " + getTranslation("backpack.takenOutBy", book.getTakenOutBy())));
            }
            list.add(item);
        }
        return list;
    }

    /** A piece of advice to put in the rugzak. */
    private Div adviceForm(Backpack current) {
        TextField advice = new TextField(getTranslation("field.advice"));
        advice.setMaxLength(Book.TEXT_MAX_LENGTH);
        advice.setPlaceholder(getTranslation("backpack.advicePlaceholder"));
        advice.setWidthFull();
        Button put = new Button(getTranslation("backpack.put"), VaadinIcon.BOOK.create(), e -> {
            String typed = advice.getValue();
            Messages.attemptThen(this, () -> service.addBook(context.actor(), current.getId(), typed),
                    () -> Inputs.clearAfterAdd(advice, typed));
        });
        put.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(advice, put);
        form.addClassName("rw-add-row");
        return form;
    }

    /** Earlier rugzakken of this case, readable later. */
    private Div earlier() {
        var past = service.history(context.actor(), context.caseId());
        if (past.isEmpty()) {
            return new Div();
        }
        UnorderedList list = new UnorderedList();
        for (var entry : past) {
            long inside = entry.getValue().stream().filter(Book::isInBackpack).count();
            ListItem item = new ListItem(getTranslation("backpack.past", entry.getKey().getFamilyRole(), inside,
                    entry.getValue().size() - inside));
            UnorderedList books = new UnorderedList();
            entry.getValue().forEach(b -> books.add(new ListItem(b.getText() + (b.isInBackpack() ? "" : " ✕"))));
            item.add(books);
            list.add(item);
        }
        return EarlierRounds.folded(getTranslation("backpack.history", past.size()), list);
    }

    private Div startBar() {
        Div bar = new Div();
        bar.addClassName("rw-facilitator-bar");
        Select<PerspectivePanel.Person> carrier = new Select<>();
        carrier.setLabel(getTranslation("field.carrier"));
        carrier.setItems(people.get());
        carrier.setItemLabelGenerator(PerspectivePanel.Person::name);
        TextField role = new TextField(getTranslation("field.familyRole"));
        role.setMaxLength(Backpack.ROLE_MAX_LENGTH);
        role.setPlaceholder(getTranslation("backpack.rolePlaceholder"));
        Button start = new Button(getTranslation("backpack.start"), VaadinIcon.PLAY.create(), e -> {
            PerspectivePanel.Person p = carrier.getValue();
            Messages.attempt(this, () -> show(service.start(context.actor(), context.caseId(), context.meetingId(),
                    p == null ? null : p.participantId(), p == null ? "" : p.name(), role.getValue())));
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        bar.add(carrier, role, start);
        return bar;
    }
}
