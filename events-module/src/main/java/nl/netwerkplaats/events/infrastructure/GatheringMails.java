package nl.netwerkplaats.events.infrastructure;

import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.StringJoiner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.netwerkplaats.kernel.reference.Municipality;
import nl.netwerkplaats.kernel.reference.ReferenceData;

/** The texts of the gathering e-mails in the registrant's language ({@code mails_nl/_en.properties}). */
@ApplicationScoped
public class GatheringMails {

    public static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final String BUNDLE = "nl.netwerkplaats.events.infrastructure.mails";

    @Inject
    @ConfigProperty(name = "netwerkplaats.base-url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    public record Mail(String subject, String body) {
    }

    /** The facts every mail about a gathering repeats. */
    public record Facts(long gatheringId, String title, OffsetDateTime startsAt, OffsetDateTime endsAt,
                        String venueName, String venueAddress, String municipalityCode, String onlineUrl) {
    }

    /**
     * Composes a mail. The pattern gets: {0} name, {1} title, {2} date and time, {3} place, {4} the person's own
     * link, {5} personal code, {6} calendar link, {7} the gathering's page, {8} an extra (position, reason, text).
     */
    public Mail compose(String key, String language, String name, Facts facts, String token, String code,
                        Object extra) {
        ResourceBundle bundle = bundle(language);
        Locale locale = bundle.getLocale();
        Object[] args = {name == null ? "" : name, facts.title(), when(facts, locale), place(facts, bundle),
                token == null ? "" : link("bijeenkomsten/aanmelding.xhtml?t=" + token), code == null ? "" : code,
                link("api/gatherings/" + facts.gatheringId() + ".ics"),
                link("bijeenkomsten/bijeenkomst.xhtml?id=" + facts.gatheringId()), extra == null ? "" : extra};
        return new Mail(new MessageFormat(bundle.getString(key + ".subject"), locale).format(args),
                new MessageFormat(bundle.getString(key + ".body"), locale).format(args)
                        + "\n\n-- \n" + bundle.getString("signature"));
    }

    public String link(String pathAndQuery) {
        return baseUrl.replaceAll("/+$", "") + "/" + pathAndQuery;
    }

    static String when(Facts f, Locale locale) {
        OffsetDateTime start = f.startsAt().atZoneSameInstant(DUTCH_TIME).toOffsetDateTime();
        OffsetDateTime end = f.endsAt().atZoneSameInstant(DUTCH_TIME).toOffsetDateTime();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        if (start.toLocalDate().equals(end.toLocalDate())) {
            return day.format(start) + ", " + time.format(start) + "–" + time.format(end);
        }
        return day.format(start) + " " + time.format(start) + " – " + day.format(end) + " " + time.format(end);
    }

    static String place(Facts f, ResourceBundle bundle) {
        String result = venue(f);
        if (f.onlineUrl() != null) {
            result = result.isEmpty() ? f.onlineUrl()
                    : result + " " + MessageFormat.format(bundle.getString("place.orOnline"), f.onlineUrl());
        }
        return result;
    }

    /** Venue name, address and municipality, as far as known. */
    public static String venue(Facts f) {
        StringJoiner place = new StringJoiner(", ");
        if (f.venueName() != null) {
            place.add(f.venueName());
        }
        if (f.venueAddress() != null) {
            place.add(f.venueAddress());
        }
        if (f.municipalityCode() != null) {
            ReferenceData.get().municipality(f.municipalityCode()).map(Municipality::name).ifPresent(place::add);
        }
        return place.toString();
    }

    private static ResourceBundle bundle(String language) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
