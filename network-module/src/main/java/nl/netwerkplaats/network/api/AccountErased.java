package nl.netwerkplaats.network.api;

/** A person deleted their account: every module removes what it holds about them and keeps their contributions. */
public record AccountErased(long accountId) {
}
