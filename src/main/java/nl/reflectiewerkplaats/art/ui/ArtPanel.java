package nl.reflectiewerkplaats.art.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import nl.reflectiewerkplaats.art.ArtChanged;
import nl.reflectiewerkplaats.art.ArtPiece;
import nl.reflectiewerkplaats.art.ArtService;
import nl.reflectiewerkplaats.base.ui.EmptyState;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.instrument.SessionContext;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import nl.reflectiewerkplaats.notes.ui.SharedNotes;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import nl.reflectiewerkplaats.art.ArtImage;
import org.jspecify.annotations.Nullable;

/** Werkkaart 7: a poem or song text, stanza by stanza; "in welke strofe zitten wij?". */
public class ArtPanel extends Div {

    private final ArtService service;
    private final SessionContext context;
    private final Div body = new Div();
    /**
     * The facilitator's editors, made once and kept outside {@link #body}: a participant
     * marking a stanza redraws the text, never what the facilitator is typing.
     */
    private final Div editors = new Div();
    private @Nullable Details textEditor;
    private final TextField titleField = new TextField();
    private final TextArea textField = new TextArea();
    /** What the editor was last filled with from the store (to tell it from what someone typed). */
    private String filledTitle = "";
    private String filledText = "";
    private @Nullable Button removeImage;

    public ArtPanel(ArtService service, SharedNoteService notes, CaseBroadcaster broadcaster, SessionContext context) {
        this.service = service;
        this.context = context;
        addClassName("rw-art-panel");
        Span kicker = new Span(getTranslation("cards.werkkaartNumber", 7));
        kicker.addClassName("rw-kicker");
        Paragraph intro = new Paragraph(getTranslation("art.intro"));
        intro.addClassName("rw-intro");
        add(kicker, new H3(getTranslation("art.title")), intro, editors, body,
                new SharedNotes(notes, broadcaster, context, "kunst:" + context.meetingId(),
                        getTranslation("art.notes")));
        addAttachListener(e -> render());
        LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), ArtChanged.class, e -> {
            if (context.meetingId().equals(e.meetingId())) {
                render();
            }
        });
    }

    /** The facilitator uploads an image (PNG, JPEG or WebP, at most 3 MB) with a short description. */
    private Details imageEditor() {
        byte[][] pending = new byte[1][];
        TextField description = new TextField(getTranslation("field.artImageDescription"));
        description.setMaxLength(ArtImage.DESCRIPTION_MAX_LENGTH);
        description.setWidthFull();
        description.setHelperText(getTranslation("art.imageDescriptionHelp"));
        Span chosen = new Span();
        chosen.addClassName("rw-muted");
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, data) ->
                getUI().ifPresent(ui -> ui.access(() -> {
                    pending[0] = data;
                    chosen.setText(getTranslation("art.imageChosen", metadata.fileName()));
                }))));
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ArtImage.MAX_BYTES);
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("art.upload.drop")).setMany(getTranslation("art.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("art.upload.add")).setMany(getTranslation("art.upload.add")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("art.upload.tooMany"))
                .setFileIsTooBig(getTranslation("error.art.imageTooLarge", 3))
                .setIncorrectFileType(getTranslation("error.art.imageType")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> Messages.showError(e.getErrorMessage()));
        Button offer = new Button(getTranslation("art.imageOffer"), e -> {
            if (pending[0] == null) {
                Messages.showError(getTranslation("error.art.imageEmpty"));
                return;
            }
            Messages.attemptThen(this, () -> service.offerImage(context.actor(), context.caseId(),
                    context.meetingId(), pending[0], description.getValue()), () -> {
                pending[0] = null;
            });
        });
        offer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button remove = new Button(getTranslation("art.imageRemove"),
                e -> Messages.attempt(this, () -> service.removeImage(context.actor(), context.caseId(),
                        context.meetingId())));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        removeImage = remove;
        Details editor = new Details(getTranslation("art.imageAdd"), new Div(upload, chosen, description,
                new Div(offer, remove)));
        editor.addClassName("rw-art-image-editor");
        return editor;
    }

    /**
     * The facilitator's text and image editors: made on first show, then only brought up
     * to date. A field takes the stored text only while it still holds what it was last
     * filled with (nobody typed in it), so another facilitator's new version shows, and
     * one's own typing stays.
     */
    private void showEditors(Optional<ArtPiece> piece, boolean hasImage) {
        if (textEditor == null) {
            titleField.setLabel(getTranslation("field.artTitle"));
            titleField.setMaxLength(ArtPiece.TITLE_MAX_LENGTH);
            titleField.setWidthFull();
            textField.setLabel(getTranslation("field.artText"));
            textField.setMaxLength(ArtPiece.TEXT_MAX_LENGTH);
            textField.setWidthFull();
            textField.setHelperText(getTranslation("art.textHelp"));
            Button offer = new Button(getTranslation("art.offer"), e ->
                    Messages.attempt(this, () -> service.offer(context.actor(), context.caseId(),
                            context.meetingId(), titleField.getValue(), textField.getValue())));
            offer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            textEditor = new Details("", new Div(titleField, textField, offer));
            textEditor.setOpened(piece.isEmpty());
            editors.add(textEditor, imageEditor());
        }
        textEditor.setSummaryText(getTranslation(piece.isPresent() ? "art.change" : "art.add"));
        String title = piece.map(ArtPiece::getTitle).orElse("");
        String text = piece.map(ArtPiece::getText).orElse("");
        boolean untouched = titleField.getValue().equals(filledTitle) && textField.getValue().equals(filledText);
        boolean same = titleField.getValue().equals(title) && textField.getValue().equals(text);
        if (untouched || same) {
            titleField.setValue(title);
            textField.setValue(text);
            filledTitle = title;
            filledText = text;
        }
        if (removeImage != null) {
            removeImage.setVisible(hasImage);
        }
    }

    private void render() {
        body.removeAll();
        Optional<ArtPiece> piece = service.piece(context.actor(), context.caseId(), context.meetingId());
        Optional<ArtImage> image = service.image(context.actor(), context.caseId(), context.meetingId());
        if (context.moderator()) {
            showEditors(piece, image.isPresent());
        }
        image.ifPresent(stored -> {
            Image shown = new Image(
                    DownloadHandler.fromInputStream(event -> {
                        // read again at download time, through the access check
                        var current = service.image(context.actor(), context.caseId(), context.meetingId())
                                .orElseThrow();
                        byte[] bytes = current.getData();
                        return new DownloadResponse(
                                new ByteArrayInputStream(bytes), "kunst", current.getContentType(), bytes.length);
                    }), stored.getDescription());
            shown.addClassName("rw-art-image");
            Paragraph caption = new Paragraph(stored.getDescription());
            caption.addClassName("rw-muted");
            Div figure = new Div(shown, caption);
            figure.addClassName("rw-art-figure");
            body.add(figure);
        });
        if (piece.isEmpty()) {
            if (!context.moderator()) {
                body.add(EmptyState.of(this, "art.none.title", "art.none.text"));
            }
            return;
        }
        ArtPiece p = piece.get();
        List<String> stanzas = p.stanzas();
        int[] counts = service.counts(context.actor(), context.caseId(), context.meetingId());
        Optional<Integer> mine = service.myMark(context.actor(), context.caseId(), context.meetingId());
        Div text = new Div(new H4(p.getTitle()));
        text.addClassName("rw-art-text");
        for (int i = 0; i < stanzas.size(); i++) {
            int index = i;
            Paragraph stanza = new Paragraph(stanzas.get(i));
            stanza.addClassName("rw-stanza-text");
            Button here = new Button(getTranslation(mine.filter(m -> m == index).isPresent() ? "art.here.mine" : "art.here"),
                    e -> Messages.attempt(this, () -> service.mark(context.actor(), context.caseId(),
                            context.meetingId(), index)));
            here.addThemeVariants(ButtonVariant.LUMO_SMALL);
            if (mine.filter(m -> m == index).isPresent()) {
                here.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            Span count = new Span(getTranslation("art.count", counts.length > i ? counts[i] : 0));
            count.addClassName("rw-muted");
            Div block = new Div(stanza, new Div(here, count));
            block.addClassName("rw-stanza");
            text.add(block);
        }
        body.add(new Paragraph(getTranslation("art.question")), text);
    }
}
