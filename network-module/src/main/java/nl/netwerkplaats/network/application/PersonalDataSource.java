package nl.netwerkplaats.network.application;

import jakarta.json.JsonObjectBuilder;

/**
 * A part of the network module that holds personal data: it adds that data to a person's export and removes it
 * when the person deletes their account. Implementations are CDI beans that join the caller's transaction.
 */
public interface PersonalDataSource {

    void export(long accountId, JsonObjectBuilder person);

    void erase(long accountId);
}
