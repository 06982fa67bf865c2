package nl.reflectiewerkplaats.art;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.Stored;
import nl.reflectiewerkplaats.base.Texts;
import nl.reflectiewerkplaats.live.CaseSupport;
import org.springframework.data.repository.CrudRepository;
import org.springframework.stereotype.Service;

/** Werkkaart 7, art: a poem or song text as the entry to a theme; "in welke strofe zitten wij?". */
@Service
@RequiredArgsConstructor
public class ArtService {

    private static final String CHANGED_MEANWHILE = "error.art.changedMeanwhile";

    private final ArtPieceRepository pieces;
    private final StanzaMarkRepository marks;
    private final CaseSupport support;
    private final ArtImageRepository images;

    public Optional<ArtPiece> piece(Actor actor, String caseId, String meetingId) {
        support.access().check(actor, caseId, CaseAction.READ);
        return pieces.findByMeetingId(meetingId).filter(p -> caseId.equals(p.getCaseId()));
    }

    /** The facilitator offers (or replaces) the text; earlier marks no longer fit and are cleared. */
    public ArtPiece offer(Actor actor, String caseId, String meetingId, String title, String text) {
        support.access().check(actor, caseId, CaseAction.MODERATE);
        String name = Texts.required(title, ArtPiece.TITLE_MAX_LENGTH, "field.artTitle");
        String body = Texts.required(text, ArtPiece.TEXT_MAX_LENGTH, "field.artText");
        ArtPiece piece = pieces.findByMeetingId(meetingId).orElseGet(() -> new ArtPiece(caseId, meetingId));
        piece.set(name, body, support.now());
        ArtPiece saved = Stored.save(pieces, piece, CHANGED_MEANWHILE);
        marks.deleteByMeetingId(meetingId);
        support.publish(new ArtChanged(caseId, meetingId));
        return saved;
    }

    /** The image offered in this meeting, if any. */
    public Optional<ArtImage> image(Actor actor, String caseId, String meetingId) {
        support.access().check(actor, caseId, CaseAction.READ, meetingId);
        return images.findByMeetingId(meetingId).filter(i -> caseId.equals(i.getCaseId()));
    }

    /**
     * The facilitator offers an image (or replaces it): PNG, JPEG or WebP by its
     * content, at most {@link ArtImage#MAX_BYTES}, with a description.
     */
    public ArtImage offerImage(Actor actor, String caseId, String meetingId, byte[] data, String description) {
        support.access().check(actor, caseId, CaseAction.MODERATE, meetingId);
        if (data == null || data.length == 0) {
            throw new InvalidInputException("error.art.imageEmpty");
        }
        if (data.length > ArtImage.MAX_BYTES) {
            throw new InvalidInputException("error.art.imageTooLarge", ArtImage.MAX_BYTES / (1024 * 1024));
        }
        String type = ArtImage.sniff(data);
        if (type == null) {
            throw new InvalidInputException("error.art.imageType");
        }
        String text = Texts.required(description, ArtImage.DESCRIPTION_MAX_LENGTH, "field.artImageDescription");
        ArtImage image = images.findByMeetingId(meetingId).orElseGet(() -> new ArtImage(caseId, meetingId));
        image.set(type, data, text, support.now());
        return saveAndAnnounce(images, image, caseId, meetingId);
    }

    public void removeImage(Actor actor, String caseId, String meetingId) {
        support.access().check(actor, caseId, CaseAction.MODERATE, meetingId);
        images.findByMeetingId(meetingId).filter(i -> caseId.equals(i.getCaseId())).ifPresent(images::delete);
        support.publish(new ArtChanged(caseId, meetingId));
    }

    /** Marks where the actor feels the group is: one stanza per person. */
    public void mark(Actor actor, String caseId, String meetingId, int stanza) {
        support.access().check(actor, caseId, CaseAction.CONTRIBUTE);
        ArtPiece piece = piece(actor, caseId, meetingId).orElseThrow(() -> new InvalidInputException("error.art.none"));
        if (stanza < 0 || stanza >= piece.stanzas().size()) {
            throw new InvalidInputException("error.art.noSuchStanza");
        }
        StanzaMark mark = marks.findByMeetingIdAndActorId(meetingId, actor.id())
                .orElseGet(() -> new StanzaMark(meetingId, actor.id()));
        mark.setStanza(stanza);
        saveAndAnnounce(marks, mark, caseId, meetingId);
    }

    private <T> T saveAndAnnounce(CrudRepository<T, ?> repository, T item, String caseId, String meetingId) {
        T saved = Stored.save(repository, item, CHANGED_MEANWHILE);
        support.publish(new ArtChanged(caseId, meetingId));
        return saved;
    }

    public Optional<Integer> myMark(Actor actor, String caseId, String meetingId) {
        support.access().check(actor, caseId, CaseAction.READ);
        return marks.findByMeetingIdAndActorId(meetingId, actor.id()).map(StanzaMark::getStanza);
    }

    /** How many marked each stanza (counts, no names). */
    public int[] counts(Actor actor, String caseId, String meetingId) {
        ArtPiece piece = piece(actor, caseId, meetingId).orElse(null);
        int[] counts = new int[piece == null ? 0 : piece.stanzas().size()];
        for (StanzaMark m : marks.findByMeetingId(meetingId)) {
            if (m.getStanza() < counts.length) {
                counts[m.getStanza()]++;
            }
        }
        return counts;
    }
}
