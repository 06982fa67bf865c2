package nl.reflectiewerkplaats.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The questions asked before a step that cannot be taken back. */
public final class Confirm {

    private Confirm() {
    }

    /**
     * "Weet je het zeker?" before something is removed for good: a red "Verwijderen"
     * and "Annuleren"; {@code remove} runs only after the first.
     */
    public static void removal(Component context, String title, String text, Runnable remove) {
        ConfirmDialog dialog = ask(context, title, text, context.getTranslation("action.remove"), remove);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /**
     * Asks before a step the others will see (a reveal, a pitch): the confirm button
     * names the step, next to "Annuleren".
     */
    public static void step(Component context, String title, String text, String confirmText, Runnable step) {
        ask(context, title, text, confirmText, step).open();
    }

    private static ConfirmDialog ask(Component context, String title, String text, String confirmText, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(title, text, confirmText, e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(context.getTranslation("action.cancel"));
        return dialog;
    }
}
