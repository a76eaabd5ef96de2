package nl.netwerkplaats.network.api;

/** How active an organisation's members or a theme's people were: a count of contributions and their points. */
public record ContributionActivity(long id, String name, long contributions, long points) {
}
