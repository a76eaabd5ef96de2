package nl.netwerkplaats.web.pages;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Part;

import nl.netwerkplaats.network.api.PictureData;
import nl.netwerkplaats.network.api.PictureRejectedException;

/**
 * Hands an uploaded photo or logo to the service that keeps it, and puts what went wrong at the upload field:
 * nothing chosen, too large, or not an image.
 */
@ApplicationScoped
public class PictureUpload {

    private static final int MAX_MEGABYTES = PictureData.MAX_BYTES / (1024 * 1024);

    @Inject
    private Feedback feedback;

    /** @return whether the picture was stored */
    public boolean store(Part upload, String fieldId, Consumer<byte[]> keeper) {
        if (upload == null || upload.getSize() == 0) {
            feedback.fieldError(fieldId, "validation.required");
            return false;
        }
        if (upload.getSize() > PictureData.MAX_BYTES) {
            feedback.fieldError(fieldId, "picture.tooLarge", MAX_MEGABYTES);
            return false;
        }
        try (InputStream in = upload.getInputStream()) {
            keeper.accept(in.readAllBytes());
            return true;
        } catch (PictureRejectedException e) {
            feedback.fieldError(fieldId, e.reason() == PictureRejectedException.Reason.TOO_LARGE
                    ? "picture.tooLarge" : "picture.notAnImage", MAX_MEGABYTES);
        } catch (IOException e) {
            feedback.fieldError(fieldId, "picture.notAnImage");
        }
        return false;
    }
}
