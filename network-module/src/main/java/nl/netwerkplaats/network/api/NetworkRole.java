package nl.netwerkplaats.network.api;

/** The part someone plays in the network, chosen at sign-up; the Dutch labels are in the web bundles. */
public enum NetworkRole {
    RESIDENT, SOCIAL_PROFESSIONAL, CIVIL_SERVANT, SOCIAL_ENTREPRENEUR, STUDENT, VOLUNTEER, RESEARCHER, ADMINISTRATOR
}
