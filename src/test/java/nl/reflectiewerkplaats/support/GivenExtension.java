package nl.reflectiewerkplaats.support;

import java.lang.reflect.Field;
import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Fills the {@link Given} fields before each test (and before the test's own
 * {@code @BeforeEach}): a new facilitator, a case and a meeting, only as far as the
 * fields ask for them.
 */
public final class GivenExtension implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        Object test = context.getRequiredTestInstance();
        List<Field> fields = AnnotationSupport.findAnnotatedFields(test.getClass(), Given.class);
        if (fields.isEmpty()) {
            return;
        }
        TestData data = SpringExtension.getApplicationContext(context).getBean(TestData.class);
        boolean needsCase = fields.stream().anyMatch(f -> f.getType() == Case.class || f.getType() == Meeting.class);
        boolean needsMeeting = fields.stream().anyMatch(f -> f.getType() == Meeting.class);
        Actor.Facilitator facilitator = data.facilitator();
        Case theCase = needsCase ? data.newCase(facilitator) : null;
        Meeting meeting = needsMeeting ? data.newMeeting(facilitator, theCase) : null;
        for (Field field : fields) {
            Object value;
            if (field.getType() == Actor.Facilitator.class) {
                value = facilitator;
            } else if (field.getType() == Case.class) {
                value = theCase;
            } else if (field.getType() == Meeting.class) {
                value = meeting;
            } else {
                throw new IllegalStateException("@Given fills an Actor.Facilitator, a Case or a Meeting, not "
                        + field.getType().getSimpleName() + " " + field.getName());
            }
            field.setAccessible(true);
            field.set(test, value);
        }
    }
}
