package nl.reflectiewerkplaats.dream.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Someone changed the card while you were editing it: shows the stored text and
 * yours side by side; you choose. Nothing is overwritten without asking.
 */
class StaleEditDialog extends Dialog {

    StaleEditDialog(String message, String currentText, String typedText, Runnable keepMine, Runnable keepCurrent) {
        setHeaderTitle(getTranslation("stale.title"));
        addClassName("rw-stale-dialog");
        Paragraph intro = new Paragraph(message);
        Div now = block(getTranslation("stale.current"), currentText);
        Div mine = block(getTranslation("stale.mine"), typedText);
        add(intro, now, mine);
        Button saveMine = new Button(getTranslation("stale.saveMine"), e -> {
            close();
            keepMine.run();
        });
        saveMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button useCurrent = new Button(getTranslation("stale.keepCurrent"), e -> {
            close();
            keepCurrent.run();
        });
        getFooter().add(useCurrent, saveMine);
        setWidth("min(560px, 95vw)");
        setCloseOnOutsideClick(false);
    }

    private Div block(String label, String text) {
        Span l = new Span(label);
        l.addClassName("rw-label");
        Paragraph p = new Paragraph(text);
        p.addClassName("rw-quote");
        return new Div(l, p);
    }
}
