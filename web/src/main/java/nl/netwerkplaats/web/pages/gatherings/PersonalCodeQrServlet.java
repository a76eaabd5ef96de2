package nl.netwerkplaats.web.pages.gatherings;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import nl.netwerkplaats.events.api.RegistrationStatus;
import nl.netwerkplaats.events.api.RegistrationView;
import nl.netwerkplaats.events.api.Registrations;

/**
 * The QR image of a personal code, for the person's own link page ({@code ?t=} their link secret). It holds the
 * address of the check-in page for that person, so an organiser's phone camera opens it; only organisers can use
 * that page, so the image gives a finder nothing.
 */
@WebServlet("/bijeenkomsten/qr")
public class PersonalCodeQrServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int SIZE = 240;

    @Inject
    private Registrations registrations;

    @Inject
    @ConfigProperty(name = "netwerkplaats.base-url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<RegistrationView> registration = registrations.findByLink(request.getParameter("t"));
        if (registration.isEmpty() || registration.get().status() != RegistrationStatus.CONFIRMED) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        RegistrationView r = registration.get();
        String checkIn = baseUrl.replaceAll("/+$", "") + "/bijeenkomsten/organisatie/inchecken.xhtml?id="
                + r.gatheringId() + "&code=" + r.code();
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(checkIn, BarcodeFormat.QR_CODE, SIZE, SIZE,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IOException("Could not draw the QR image", e);
        }
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
            }
        }
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "private, max-age=3600");
        ImageIO.write(image, "png", response.getOutputStream());
    }
}
