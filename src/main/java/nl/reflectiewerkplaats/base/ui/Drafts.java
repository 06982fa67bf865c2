package nl.reflectiewerkplaats.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;

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

    /**
     * @param key names the field among all fields of the app, e.g. the meeting and the question
     */
    public static void keep(TextArea field, String key) {
        field.addAttachListener(attach -> field.getElement().executeJs(KEEP, key).then(String.class, kept -> {
            if (kept != null && !kept.isBlank() && field.getValue().isEmpty()) {
                field.setValue(kept);
                Notification.show(field.getTranslation("draft.restored"), 8000, Notification.Position.TOP_CENTER);
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
}
