package nl.netwerkplaats.web.pages.account;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import nl.netwerkplaats.network.api.Audience;
import nl.netwerkplaats.network.api.NetworkRole;
import nl.netwerkplaats.network.api.ProfileField;
import nl.netwerkplaats.network.api.ProfileUpdate;
import nl.netwerkplaats.network.api.ProfileView;
import nl.netwerkplaats.network.api.Profiles;
import nl.netwerkplaats.network.api.UnknownMunicipalityException;
import nl.netwerkplaats.network.api.UnknownThemeException;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.pages.PictureUpload;
import nl.netwerkplaats.web.security.CurrentUser;

/** A member edits their profile and decides, field by field, who may see it. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Profiles profiles;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Feedback feedback;

    @Inject
    private transient PictureUpload pictures;

    private long accountId;
    private String name;
    private NetworkRole networkRole;
    private String municipalityCode;
    private String bio;
    private String offers;
    private String seeks;
    private List<Long> themeIds;
    private String language;
    /** Audience names per field; the selects submit strings, turned into {@link Audience} on save. */
    private final Map<ProfileField, String> visibility = new EnumMap<>(ProfileField.class);
    private boolean hasPhoto;
    private transient Part photo;

    @PostConstruct
    void load() {
        accountId = currentUser.id();
        ProfileView p = profiles.own(accountId);
        name = p.displayName();
        networkRole = p.networkRole();
        municipalityCode = p.municipalityCode();
        bio = p.bio();
        offers = p.offers();
        seeks = p.seeks();
        themeIds = new ArrayList<>(p.themeIds());
        language = p.language();
        p.visibility().forEach((field, audience) -> visibility.put(field, audience.name()));
        hasPhoto = p.hasPhoto();
    }

    public void save() {
        try {
            profiles.update(accountId, new ProfileUpdate(name, networkRole, municipalityCode, bio, offers, seeks,
                    new HashSet<>(themeIds), language, audiences()));
            feedback.info("profile.saved");
        } catch (UnknownMunicipalityException e) {
            feedback.fieldError("profile:municipality", "validation.municipality");
        } catch (UnknownThemeException e) {
            feedback.fieldError("profile:themes", "validation.theme");
        }
    }

    public void uploadPhoto() {
        if (pictures.store(photo, "photoForm:photo", bytes -> profiles.setPhoto(accountId, bytes))) {
            hasPhoto = true;
            feedback.info("profile.photo.saved");
        }
    }

    public void removePhoto() {
        profiles.removePhoto(accountId);
        hasPhoto = false;
        feedback.info("profile.photo.removed");
    }

    private Map<ProfileField, Audience> audiences() {
        Map<ProfileField, Audience> result = new EnumMap<>(ProfileField.class);
        visibility.forEach((field, name) -> {
            try {
                result.put(field, Audience.valueOf(name));
            } catch (IllegalArgumentException | NullPointerException e) {
                result.put(field, Audience.NOBODY); // anything unexpected shows less, never more
            }
        });
        return result;
    }

    public List<ProfileField> getFields() {
        return List.of(ProfileField.values());
    }

    public Map<ProfileField, String> getVisibility() {
        return visibility;
    }

    public long getAccountId() {
        return accountId;
    }

    public boolean isHasPhoto() {
        return hasPhoto;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public NetworkRole getNetworkRole() {
        return networkRole;
    }

    public void setNetworkRole(NetworkRole networkRole) {
        this.networkRole = networkRole;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public String getOffers() {
        return offers;
    }

    public void setOffers(String offers) {
        this.offers = offers;
    }

    public String getSeeks() {
        return seeks;
    }

    public void setSeeks(String seeks) {
        this.seeks = seeks;
    }

    public List<Long> getThemeIds() {
        return themeIds;
    }

    public void setThemeIds(List<Long> themeIds) {
        this.themeIds = themeIds;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
