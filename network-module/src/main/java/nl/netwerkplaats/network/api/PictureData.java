package nl.netwerkplaats.network.api;

public record PictureData(String contentType, byte[] bytes) {

    public PictureData {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
