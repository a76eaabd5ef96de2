package nl.netwerkplaats.network.api;

/** The parts of a person's profile whose visibility the person decides one by one. */
public enum ProfileField {
    NAME, EMAIL, PHOTO, BIO, OFFERS, SEEKS, MUNICIPALITY, THEMES, MEMBERSHIPS
}
