package nl.reflectiewerkplaats.art;

import java.time.Instant;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.OnePerMeetingDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An image the facilitator offers as the entry to a theme (werkkaart 7): a PNG, JPEG
 * or WebP of at most {@link #MAX_BYTES}, with a description for who cannot see it.
 * One per meeting; stored with the case, so export and erasure include it.
 */
@Getter
@ExportRule
@Document("art_images")
public class ArtImage extends OnePerMeetingDocument {

    public static final int MAX_BYTES = 3 * 1024 * 1024;
    public static final int DESCRIPTION_MAX_LENGTH = 300;

    private String contentType;
    private byte[] data;
    private String description;
    private Instant uploadedAt;

    protected ArtImage() {
    }

    ArtImage(String caseId, String meetingId) {
        super(caseId, meetingId);
    }

    void set(String contentType, byte[] data, String description, Instant at) {
        this.contentType = contentType;
        this.data = data.clone();
        this.description = description;
        this.uploadedAt = at;
    }

    public byte[] getData() {
        return data.clone();
    }

    /** The image type from the file's first bytes (never from its name or declared type); null if not allowed. */
    static @Nullable String sniff(byte[] bytes) {
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return "image/png";
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (bytes.length >= 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F'
                && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
            return "image/webp";
        }
        return null;
    }
}
