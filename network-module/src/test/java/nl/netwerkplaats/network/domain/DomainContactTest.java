package nl.netwerkplaats.network.domain;

import static nl.netwerkplaats.network.domain.HelpdeskQuestionTest.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import nl.netwerkplaats.network.api.DomainContactDetails;
import nl.netwerkplaats.network.api.InputRejectedException.Problem;

class DomainContactTest {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final Theme poverty = new Theme("Armoede", "Poverty", "armoede");

    private static DomainContactDetails details(String municipality, String email, String phone) {
        return new DomainContactDetails(municipality, 1L, " Jan Jansen ", " Beleidsadviseur armoede ",
                " Sociaal domein ", email, phone);
    }

    @Test
    void entryKeepsTrimmedFieldsAndTheFullCbsCode() {
        DomainContact contact = new DomainContact(details("0150", "J.Jansen@Deventer.nl", " "), poverty, now);
        assertEquals("GM0150", contact.getMunicipalityCode());
        assertEquals("GM0150", new DomainContact(details(" gm0150 ", "a@b.nl", null), poverty, now)
                .getMunicipalityCode());
        assertEquals("Jan Jansen", contact.getName());
        assertEquals("Beleidsadviseur armoede", contact.getRole());
        assertEquals("Sociaal domein", contact.getDepartment());
        assertEquals("j.jansen@deventer.nl", contact.getEmail());
        assertNull(contact.getPhone());
        assertEquals(poverty, contact.getTheme());
    }

    @Test
    void unknownMunicipalityIsRefused() {
        assertRejected("municipalityCode", Problem.UNKNOWN_MUNICIPALITY,
                () -> new DomainContact(details("9999", "a@b.nl", null), poverty, now));
        assertRejected("municipalityCode", Problem.UNKNOWN_MUNICIPALITY,
                () -> new DomainContact(details("Deventer", "a@b.nl", null), poverty, now));
        assertRejected("municipalityCode", Problem.REQUIRED,
                () -> new DomainContact(details(" ", "a@b.nl", null), poverty, now));
    }

    @Test
    void anEntryNeedsAWayToReachThePerson() {
        assertRejected("email", Problem.CONTACT_REQUIRED,
                () -> new DomainContact(details("0150", null, " "), poverty, now));
        DomainContact byPhone = new DomainContact(details("0150", null, "(0570) 69 39 39"), poverty, now);
        assertEquals("(0570) 69 39 39", byPhone.getPhone());
    }

    @Test
    void malformedContactDetailsAreRefused() {
        assertRejected("email", Problem.INVALID_EMAIL,
                () -> new DomainContact(details("0150", "jan at deventer", null), poverty, now));
        assertRejected("phone", Problem.INVALID_PHONE,
                () -> new DomainContact(details("0150", null, "bel maar"), poverty, now));
    }

    @Test
    void tooLongFieldsAreRefusedAndNameAndRoleAreRequired() {
        assertRejected("name", Problem.TOO_LONG, () -> new DomainContact(new DomainContactDetails("0150", 1L,
                "n".repeat(121), "Rol", null, "a@b.nl", null), poverty, now));
        assertRejected("department", Problem.TOO_LONG, () -> new DomainContact(new DomainContactDetails("0150", 1L,
                "Naam", "Rol", "d".repeat(121), "a@b.nl", null), poverty, now));
        assertRejected("role", Problem.REQUIRED, () -> new DomainContact(new DomainContactDetails("0150", 1L,
                "Naam", "", null, "a@b.nl", null), poverty, now));
        assertRejected("themeId", Problem.REQUIRED, () -> new DomainContact(new DomainContactDetails("0150", null,
                "Naam", "Rol", null, "a@b.nl", null), poverty, now));
    }

    @Test
    void rejectedChangeLeavesTheEntryAsItWas() {
        DomainContact contact = new DomainContact(details("0150", "a@b.nl", null), poverty, now);
        assertRejected("email", Problem.INVALID_EMAIL, () -> contact.change(new DomainContactDetails("0344", 1L,
                "Ander", "Rol", null, "fout", null), poverty, now));
        assertEquals("GM0150", contact.getMunicipalityCode());
        assertEquals("Jan Jansen", contact.getName());
    }
}
