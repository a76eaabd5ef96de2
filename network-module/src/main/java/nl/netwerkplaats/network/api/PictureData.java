package nl.netwerkplaats.network.api;

public record PictureData(String contentType, byte[] bytes) {

    /** The largest photo or logo accepted: 2 MB. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    public PictureData {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
