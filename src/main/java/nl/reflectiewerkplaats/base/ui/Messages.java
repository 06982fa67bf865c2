package nl.reflectiewerkplaats.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.reflectiewerkplaats.base.UserFacingException;

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
        } catch (UserFacingException e) {
            showError(context, e);
            return false;
        }
    }
}
