package nl.reflectiewerkplaats.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.base.UserFacingException;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import nl.reflectiewerkplaats.base.SensitiveText;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Turns user-facing errors into translated text and shows short notices. */
public final class Messages {

    private Messages() {
    }

    /** The message for the user, in the UI's language; arguments that are field keys are translated too. */
    public static String text(Component context, UserFacingException e) {
        Object[] args = e.arguments();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String s && s.startsWith("field.")) {
                args[i] = context.getTranslation(s);
            }
        }
        return context.getTranslation(e.messageKey(), args);
    }

    public static void showError(Component context, UserFacingException e) {
        showError(text(context, e));
    }

    public static void showError(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void showSuccess(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /**
     * Runs an action from a button or form; a user-facing failure becomes a notice
     * instead of an error page.
     *
     * @return true when the action succeeded
     */
    public static boolean attempt(Component context, Runnable action) {
        try {
            action.run();
            return true;
        } catch (SensitiveText.Warning warning) {
            askAboutSensitiveText(context, warning, action, () -> { });
            return false;
        } catch (UserFacingException e) {
            showError(context, e);
            return false;
        }
    }

    /**
     * Like {@link #attempt(Component, Runnable)}, then runs {@code onSuccess} once the
     * action succeeded — right away, or after the person confirmed a text that looked
     * sensitive. Use it where success closes a form or clears a field.
     */
    public static void attemptThen(Component context, Runnable action, Runnable onSuccess) {
        try {
            action.run();
        } catch (SensitiveText.Warning warning) {
            askAboutSensitiveText(context, warning, action, onSuccess);
            return;
        } catch (UserFacingException e) {
            showError(context, e);
            return;
        }
        onSuccess.run();
    }

    /**
     * Like {@link #attemptThen(Component, Runnable, Runnable)} for an action that returns
     * what it made or saved: {@code onSuccess} receives it once the action succeeded.
     */
    public static <T> void attempt(Component context, Supplier<T> action, Consumer<? super T> onSuccess) {
        Result<T> result = new Result<>();
        attemptThen(context, () -> result.value = action.get(), () -> onSuccess.accept(result.value));
    }

    /**
     * Saves an edit made on a known version of something. When someone else saved it
     * meanwhile, the notice says so and {@code stale} receives the version stored now
     * (to show it); any other user-facing failure becomes a notice.
     */
    public static <T> void attemptEdit(Component context, Supplier<T> save, Consumer<? super T> saved,
                                       Consumer<? super T> stale) {
        T result;
        try {
            result = save.get();
        } catch (StaleEditException e) {
            showError(context, e);
            stale.accept(e.current());
            return;
        } catch (UserFacingException e) {
            showError(context, e);
            return;
        }
        saved.accept(result);
    }

    /** What the action of {@link #attempt(Component, Supplier, Consumer)} returned. */
    private static final class Result<T> {
        private T value;
    }

    /**
     * "Weet je zeker dat dit hier hoort?": names what looks identifying; saving anyway
     * runs the same action again with the text accepted.
     */
    private static void askAboutSensitiveText(Component context, SensitiveText.Warning warning,
                                              Runnable action, Runnable onSuccess) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(context.getTranslation("warning.sensitive.title"));
        String kinds = String.join(", ", warning.kinds().stream()
                .map(k -> context.getTranslation("warning.sensitive." + k)).toList());
        dialog.setText(context.getTranslation("warning.sensitive.text", kinds));
        dialog.setCancelable(true);
        dialog.setCancelText(context.getTranslation("warning.sensitive.edit"));
        dialog.setConfirmText(context.getTranslation("warning.sensitive.save"));
        dialog.addConfirmListener(e -> {
            try {
                SensitiveText.confirmed(action);
                showSuccess(context.getTranslation("warning.sensitive.saved"));
                onSuccess.run();
            } catch (UserFacingException failed) {
                showError(context, failed);
            }
        });
        dialog.addClassName("rw-sensitive-dialog");
        dialog.open();
    }
}
