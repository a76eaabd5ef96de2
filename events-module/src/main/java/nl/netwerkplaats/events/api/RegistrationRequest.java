package nl.netwerkplaats.events.api;

/**
 * A sign-up from the form, the REST API or a test. With an account, its name and address are used and the
 * {@code name} and {@code email} here are ignored; a guest gives them and confirms by an e-mail link.
 *
 * @param listed   consent to appear on the participant list
 * @param language "nl" or "en": the language of the mails that follow
 */
public record RegistrationRequest(Long accountId, String name, String email, String organisation,
                                  ParticipantRole role, String needs, boolean listed, String language) {

    public static RegistrationRequest member(long accountId, String organisation, ParticipantRole role, String needs,
                                             boolean listed, String language) {
        return new RegistrationRequest(accountId, null, null, organisation, role, needs, listed, language);
    }

    public static RegistrationRequest guest(String name, String email, String organisation, ParticipantRole role,
                                            String needs, boolean listed, String language) {
        return new RegistrationRequest(null, name, email, organisation, role, needs, listed, language);
    }
}
