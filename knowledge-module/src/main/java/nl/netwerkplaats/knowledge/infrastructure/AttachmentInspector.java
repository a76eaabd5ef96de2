package nl.netwerkplaats.knowledge.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import nl.netwerkplaats.knowledge.api.AttachmentRejectedException;
import nl.netwerkplaats.knowledge.api.AttachmentRejectedException.Reason;

/**
 * Tells what a file is from its bytes, never from its name, and pulls out its text for search. PDF text comes from
 * PDFBox; DOCX and ODT are zip files whose text sits in one XML part, read here with StAX (DTDs and external
 * entities off, a cap on what is unpacked).
 */
public final class AttachmentInspector {

    /** A recognised file type, the extensions its name may have, and its media type. */
    public enum FileType {
        PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        ODT("application/vnd.oasis.opendocument.text", "odt"),
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg", "jpeg");

        private final String mediaType;
        private final Set<String> extensions;

        FileType(String mediaType, String... extensions) {
            this.mediaType = mediaType;
            this.extensions = Set.of(extensions);
        }

        public String mediaType() {
            return mediaType;
        }
    }

    public record Inspected(FileType type, String text) {
    }

    private static final int MAX_TEXT = 200_000;
    private static final long MAX_UNPACKED = 50L * 1024 * 1024;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private AttachmentInspector() {
    }

    /** @throws AttachmentRejectedException when the file is empty, too large, unknown or misnamed */
    public static Inspected inspect(String fileName, byte[] content, int maxBytes) {
        if (content == null || content.length == 0) {
            throw new AttachmentRejectedException(Reason.EMPTY);
        }
        if (content.length > maxBytes) {
            throw new AttachmentRejectedException(Reason.TOO_LARGE);
        }
        FileType type = detect(content);
        if (!type.extensions.contains(extension(fileName))) {
            throw new AttachmentRejectedException(Reason.NAME_DOES_NOT_MATCH_CONTENT);
        }
        String text = switch (type) {
            case PDF -> pdfText(content);
            case DOCX -> zipXmlText(content, "word/document.xml", "p");
            case ODT -> zipXmlText(content, "content.xml", "p", "h");
            case PNG, JPEG -> "";
        };
        return new Inspected(type, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
    }

    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
    }

    private static FileType detect(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return FileType.PDF;
        }
        if (startsWith(content, PNG_MAGIC)) {
            return FileType.PNG;
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return FileType.JPEG;
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return officeType(content);
        }
        throw new AttachmentRejectedException(Reason.UNSUPPORTED_TYPE);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** ODT names itself in a first entry called "mimetype"; DOCX has its text in word/document.xml. */
    private static FileType officeType(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("mimetype")) {
                    String mime = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    if (mime.equals(FileType.ODT.mediaType)) {
                        return FileType.ODT;
                    }
                } else if (entry.getName().equals("word/document.xml")) {
                    return FileType.DOCX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // not a readable zip: falls through to unsupported
        }
        throw new AttachmentRejectedException(Reason.UNSUPPORTED_TYPE);
    }

    private static String pdfText(byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            return new PDFTextStripper().getText(pdf).strip();
        } catch (IOException e) {
            throw new AttachmentRejectedException(Reason.UNSUPPORTED_TYPE);
        }
    }

    private static String zipXmlText(byte[] content, String part, String... paragraphElements) {
        Set<String> paragraphs = Set.of(paragraphElements);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals(part)) {
                    return xmlText(new CappedStream(zip, MAX_UNPACKED), paragraphs);
                }
            }
        } catch (IOException | XMLStreamException | IllegalArgumentException e) {
            throw new AttachmentRejectedException(Reason.UNSUPPORTED_TYPE);
        }
        throw new AttachmentRejectedException(Reason.UNSUPPORTED_TYPE);
    }

    private static String xmlText(InputStream in, Set<String> paragraphElements) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        StringBuilder text = new StringBuilder();
        try {
            while (xml.hasNext() && text.length() < MAX_TEXT) {
                int event = xml.next();
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT
                        && paragraphElements.contains(xml.getLocalName())) {
                    text.append('\n');
                } else if (event == XMLStreamConstants.START_ELEMENT
                        && (xml.getLocalName().equals("tab") || xml.getLocalName().equals("s"))) {
                    text.append(' ');
                }
            }
        } finally {
            xml.close();
        }
        return text.toString().strip();
    }

    /** Stops reading a zip entry that unpacks to more than a sane document would. */
    private static final class CappedStream extends InputStream {
        private final InputStream in;
        private long left;

        CappedStream(InputStream in, long cap) {
            this.in = in;
            this.left = cap;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                throw new IOException("entry too large");
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                throw new IOException("entry too large");
            }
            int n = in.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
