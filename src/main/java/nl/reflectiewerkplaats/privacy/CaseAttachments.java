package nl.reflectiewerkplaats.privacy;

import java.util.List;
import nl.reflectiewerkplaats.access.Actor;

/**
 * Files that belong in a case's export besides its documents (e.g. the session
 * reports as PDF). Implemented by the modules that make them.
 */
public interface CaseAttachments {

    List<Attachment> attachmentsFor(Actor actor, String caseId);

    record Attachment(String fileName, byte[] content) {
    }
}
