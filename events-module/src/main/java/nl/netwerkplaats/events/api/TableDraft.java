package nl.netwerkplaats.events.api;

/**
 * A table for the whole gathering ("Tafel 3", a thematafel or a pitched case). Host and note-taker are each a
 * network member (account id) or a name written out; only a note-taker with an account can capture live.
 */
public record TableDraft(int number, String topic, Long hostAccountId, String hostName, Long noteTakerAccountId,
                         String noteTakerName) {
}
