package nl.netwerkplaats.network.api;

/** The kinds of organisation the network knows; Dutch labels are in the web bundles. */
public enum OrganisationKind {
    RESIDENT_INITIATIVE, CIVIL_SOCIETY, SOCIAL_ENTERPRISE, MUNICIPALITY, PROVINCE, KNOWLEDGE_INSTITUTE, EDUCATION,
    CARE_AND_WELFARE, NEIGHBOURHOOD_TEAM, FUND
}
