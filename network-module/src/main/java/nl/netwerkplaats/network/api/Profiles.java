package nl.netwerkplaats.network.api;

import java.util.Optional;

import jakarta.validation.Valid;

/** A person's own profile, and what others may see of it. */
public interface Profiles {

    int MAX_TEXT = 2000;

    ProfileView own(long accountId);

    /**
     * @throws UnknownMunicipalityException when the municipality is not a current one
     * @throws UnknownThemeException        when a theme does not exist or is retired
     */
    void update(long accountId, @Valid ProfileUpdate update);

    /** @throws PictureRejectedException when the bytes are not a PNG, JPEG or WebP image, or too large */
    void setPhoto(long accountId, byte[] bytes);

    void removePhoto(long accountId);

    /** What a viewer of this audience may see of the person; empty when they may see nothing at all. */
    Optional<PersonView> person(long personId, Audience viewer);

    Optional<PictureData> photo(long personId, Audience viewer);

    /** The person's own photo, whatever its visibility. */
    Optional<PictureData> ownPhoto(long accountId);
}
