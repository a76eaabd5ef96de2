package nl.netwerkplaats.network.api;

/**
 * Why a party could help, as a code and its argument; the web layer puts it in words ("zelfde thema: eenzaamheid",
 * "werkt in Deventer").
 *
 * @param argument SAME_THEME: the theme id; SAME_MUNICIPALITY and SAME_PROVINCE: the CBS code; OFFERS_HELP: the
 *                 help kind; EARLIER_SUCCESS: how many; TEXT_SIMILAR: null; OFFERED: the offer's title
 */
public record MatchReason(Code code, String argument) {

    public enum Code {
        SAME_THEME, SAME_MUNICIPALITY, SAME_PROVINCE, TEXT_SIMILAR, OFFERS_HELP, EARLIER_SUCCESS, OFFERED
    }
}
