package nl.reflectiewerkplaats.base.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import java.util.function.Consumer;

/**
 * Keeps what someone is typing in a field in the browser tab's own storage
 * (sessionStorage, never sent anywhere), so that it survives what the server cannot
 * see: a reload after a long lost connection (the server has let the view go) or a
 * restart of the app. When the field is shown again and is empty, the kept text is
 * put back, with a notice that it has not been added yet. The kept text follows every
 * change of the field; it is gone once the field is emptied (for instance because its
 * card was added).
 */
public final class Drafts {

    /** Runs in the browser on the field's element: keeps its text on every keystroke; answers the kept text. */
    private static final String KEEP = """
            const el = this; const k = 'rw-draft:' + $0;
            if (!el.__rwDraft) {
              el.__rwDraft = true;
              el.addEventListener('input', e => {
                const t = e.composedPath()[0];
                const v = t && typeof t.value === 'string' ? t.value : el.value;
                try { if (v) sessionStorage.setItem(k, v); else sessionStorage.removeItem(k); } catch (ignored) { }
              });
            }
            try { return sessionStorage.getItem(k); } catch (ignored) { return null; }""";
    private static final String STORE = """
            const k = 'rw-draft:' + $0;
            try { if ($1) sessionStorage.setItem(k, $1); else sessionStorage.removeItem(k); } catch (ignored) { }""";

    private Drafts() {
    }

    /** Runs in the browser: answers the kept text of a field (which may be gone). */
    private static final String READ = """
            try { return sessionStorage.getItem('rw-draft:' + $0); } catch (ignored) { return null; }""";

    /**
     * @param key names the field among all fields of the app, e.g. the meeting and the question
     */
    public static void keep(AbstractField<?, String> field, String key) {
        keep(field, key, "draft.restored");
    }

    /**
     * @param restoredMessage the translation key of the notice when kept text is put back
     *                        (it says how to keep it: which button to click)
     */
    public static void keep(AbstractField<?, String> field, String key, String restoredMessage) {
        field.addAttachListener(attach -> field.getElement().executeJs(KEEP, key).then(String.class, kept -> {
            if (kept != null && !kept.isBlank() && field.getValue().isEmpty()) {
                field.setValue(kept);
                Notification.show(field.getTranslation(restoredMessage), 8000, Notification.Position.TOP_CENTER);
            }
        }));
        // changes made by the server (text put back) are kept too; a field emptied after adding
        // (Inputs.clearAfterAdd) is emptied in the browser, as by a keystroke
        field.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                field.getElement().executeJs(STORE, key, change.getValue());
            }
        });
    }

    /**
     * For a field that is gone (its form closed with a round): calls {@code unsent} with the
     * text kept of it in this tab if that is not what was saved, e.g. an answer still being
     * typed when the facilitator revealed. Only this tab has that text; it goes nowhere but
     * to this person's own view.
     *
     * @param host  an attached component of the view (the browser is asked through it)
     * @param saved what was saved of the field ("" if nothing)
     */
    public static void ifUnsent(Component host, String key, String saved, Consumer<String> unsent) {
        host.getElement().executeJs(READ, key).then(String.class, kept -> {
            if (kept != null && !kept.isBlank() && !kept.strip().equals(saved.strip())) {
                unsent.accept(kept);
            }
        });
    }

    /** Forgets the text kept of a field in this tab (through the page: {@code host} may be on its way out). */
    public static void forget(Component host, String key) {
        host.getUI().ifPresent(ui -> ui.getPage().executeJs(STORE, key, ""));
    }
}
