package nl.netwerkplaats.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.ActionNotAllowedException;
import nl.netwerkplaats.network.api.Audience;
import nl.netwerkplaats.network.api.AuditLog;
import nl.netwerkplaats.network.api.Directory;
import nl.netwerkplaats.network.api.DirectoryHit;
import nl.netwerkplaats.network.api.DirectoryQuery;
import nl.netwerkplaats.network.api.DirectoryResult;
import nl.netwerkplaats.network.api.InvalidKvkNumberException;
import nl.netwerkplaats.network.api.InvalidTokenException;
import nl.netwerkplaats.network.api.LoginOutcome;
import nl.netwerkplaats.network.api.MailAttachment;
import nl.netwerkplaats.network.api.MemberRole;
import nl.netwerkplaats.network.api.MembershipView;
import nl.netwerkplaats.network.api.NetworkRole;
import nl.netwerkplaats.network.api.OrganisationDraft;
import nl.netwerkplaats.network.api.OrganisationKind;
import nl.netwerkplaats.network.api.OrganisationView;
import nl.netwerkplaats.network.api.Organisations;
import nl.netwerkplaats.network.api.Outbox;
import nl.netwerkplaats.network.api.OutboxMessageView;
import nl.netwerkplaats.network.api.PersonView;
import nl.netwerkplaats.network.api.PictureRejectedException;
import nl.netwerkplaats.network.api.ProfileField;
import nl.netwerkplaats.network.api.ProfileUpdate;
import nl.netwerkplaats.network.api.Profiles;
import nl.netwerkplaats.network.api.Role;
import nl.netwerkplaats.network.api.SignUp;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeView;

/**
 * The network module inside Payara Micro against the real PostgreSQL: sign-up and the e-mail links, consent per
 * field, organisations with their rules, the sociale kaart's Dutch search, merging, erasure and the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class NetworkIT {

    private static final String PASSWORD = "een wachtwoord van genoeg lengte";
    private static final String DEVENTER = "GM0150";
    private static final String ZWOLLE = "GM0193";

    @Deployment
    static WebArchive deployment() {
        return Deployments.netwerkplaats().addClass(NetworkIT.class);
    }

    @Inject
    private Accounts accounts;

    @Inject
    private Profiles profiles;

    @Inject
    private Organisations organisations;

    @Inject
    private Directory directory;

    @Inject
    private ThemeCatalog themes;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditLog audit;

    @Resource(lookup = "java:app/jdbc/netwerkplaats")
    private DataSource dataSource;

    @Test
    void signUpWaitsForTheMailedLinkWhichWorksOnce() {
        String email = unique("nieuw");
        accounts.signUp(new SignUp("Nieuw Lid", email, PASSWORD, NetworkRole.VOLUNTEER, DEVENTER, Set.of(), "nl"));

        assertInstanceOf(LoginOutcome.NotConfirmed.class, accounts.logIn(email, PASSWORD));
        String token = token(mailTo(email, "bevestigen.xhtml"));
        AccountView confirmed = accounts.confirm(token);
        assertEquals(email, confirmed.email());
        assertInstanceOf(LoginOutcome.Accepted.class, accounts.logIn(email, PASSWORD));
        assertThrows(InvalidTokenException.class, () -> accounts.confirm(token));
    }

    @Test
    void signingUpWithAKnownAddressTellsTheOwnerAndChangesNothing() {
        String email = unique("bekend");
        accounts.createConfirmed("Bekend Lid", email, PASSWORD, Set.of());
        accounts.signUp(new SignUp("Indringer", email, "een ander lang wachtwoord", NetworkRole.STUDENT, DEVENTER,
                Set.of(), "en"));

        OutboxMessageView mail = mailTo(email, "wachtwoord-vergeten.xhtml");
        assertTrue(mail.body().contains("already has an account"), mail.body());
        assertInstanceOf(LoginOutcome.Accepted.class, accounts.logIn(email, PASSWORD));
        assertEquals("Bekend Lid", accounts.findByEmail(email).orElseThrow().displayName());
    }

    @Test
    void passwordResetByMailSetsTheNewPasswordOnce() {
        String email = unique("vergeten");
        accounts.createConfirmed("Vergeetachtig", email, PASSWORD, Set.of());
        accounts.requestPasswordReset(email);
        accounts.requestPasswordReset(unique("niemand")); // no account: no mail, no error

        String token = token(mailTo(email, "nieuw-wachtwoord.xhtml"));
        accounts.resetPassword(token, "het nieuwe wachtwoord is lang");
        assertInstanceOf(LoginOutcome.Accepted.class, accounts.logIn(email, "het nieuwe wachtwoord is lang"));
        assertInstanceOf(LoginOutcome.Rejected.class, accounts.logIn(email, PASSWORD));
        assertThrows(InvalidTokenException.class, () -> accounts.resetPassword(token, "nog een ander wachtwoord"));
    }

    @Test
    void newEmailAddressCountsOnlyAfterItsConfirmation() {
        String email = unique("oud");
        String newEmail = unique("nieuw-adres");
        AccountView account = accounts.createConfirmed("Verhuizer", email, PASSWORD, Set.of());
        accounts.requestEmailChange(account.id(), PASSWORD, newEmail);
        assertEquals(email, accounts.findById(account.id()).orElseThrow().email());

        accounts.confirmEmailChange(token(mailTo(newEmail, "nieuw-adres.xhtml")));
        assertEquals(newEmail, accounts.findById(account.id()).orElseThrow().email());
        assertTrue(outbox.newest(50).stream().anyMatch(m -> m.recipient().equals(email)
                && m.subject().contains("veranderd")), "the old address is told");
    }

    @Test
    void hiddenFieldsNeverLeaveTheProfile() {
        AccountView person = accounts.createConfirmed("Zichtbare Zeeuw", unique("zeeuw"), PASSWORD, Set.of());
        Map<ProfileField, Audience> visibility = new EnumMap<>(ProfileField.class);
        visibility.put(ProfileField.NAME, Audience.VISITORS);
        visibility.put(ProfileField.OFFERS, Audience.VISITORS);
        visibility.put(ProfileField.BIO, Audience.MEMBERS);
        visibility.put(ProfileField.EMAIL, Audience.NOBODY);
        profiles.update(person.id(), new ProfileUpdate("Zichtbare Zeeuw", NetworkRole.SOCIAL_PROFESSIONAL, ZWOLLE,
                "geheime biografie over mantelzorgondersteuning", "workshops buurtbemiddeling", "zoekt stagiairs",
                Set.of(), "nl", visibility));

        PersonView asVisitor = profiles.person(person.id(), Audience.VISITORS).orElseThrow();
        assertEquals("workshops buurtbemiddeling", asVisitor.offers());
        assertNull(asVisitor.bio());
        assertNull(asVisitor.email());
        assertNull(asVisitor.seeks());
        assertNull(asVisitor.municipalityCode());
        assertEquals("geheime biografie over mantelzorgondersteuning",
                profiles.person(person.id(), Audience.MEMBERS).orElseThrow().bio());

        assertEquals(1, directory.people("buurtbemiddeling", Audience.VISITORS, 1).total());
        assertEquals(0, directory.people("mantelzorgondersteuning", Audience.VISITORS, 1).total(),
                "a field for members only is not searchable by visitors");
        assertEquals(1, directory.people("mantelzorgondersteuning", Audience.MEMBERS, 1).total());
        assertEquals(0, directory.people("stagiairs", Audience.MEMBERS, 1).total());
    }

    @Test
    void aProfileWithAHiddenNameIsNotThereAtAll() {
        AccountView person = accounts.createConfirmed("Verborgen Persoon", unique("verborgen"), PASSWORD, Set.of());
        assertTrue(profiles.person(person.id(), Audience.MEMBERS).isEmpty());
        assertTrue(profiles.photo(person.id(), Audience.VISITORS).isEmpty());
    }

    @Test
    void aPhotoMustBeARealImage() {
        AccountView person = accounts.createConfirmed("Fotograaf", unique("foto"), PASSWORD, Set.of());
        PictureRejectedException notAnImage = assertThrows(PictureRejectedException.class,
                () -> profiles.setPhoto(person.id(), "<svg onload=alert(1)>".repeat(5).getBytes()));
        assertEquals(PictureRejectedException.Reason.NOT_AN_IMAGE, notAnImage.reason());
        byte[] huge = new byte[3 * 1024 * 1024];
        huge[0] = (byte) 0x89;
        assertEquals(PictureRejectedException.Reason.TOO_LARGE,
                assertThrows(PictureRejectedException.class, () -> profiles.setPhoto(person.id(), huge)).reason());
        profiles.setPhoto(person.id(), png());
        assertEquals("image/png", profiles.ownPhoto(person.id()).orElseThrow().contentType());
    }

    @Test
    void badKvkNumberIsRefusedAndNothingIsSaved() {
        AccountView member = accounts.createConfirmed("Ondernemer", unique("kvk"), PASSWORD, Set.of());
        long before = directory.organisations(new DirectoryQuery(null, null, null, null, null, 1, 1)).total();
        assertThrows(InvalidKvkNumberException.class, () -> organisations.register(member.id(),
                draft("Kapotte KvK BV", "1234", DEVENTER, "iets")));
        assertEquals(before, directory.organisations(new DirectoryQuery(null, null, null, null, null, 1, 1)).total());
        OrganisationView saved = organisations.register(member.id(), draft("Goede KvK BV", "1234 56.78", DEVENTER, null));
        assertEquals("12345678", saved.kvkNumber());
    }

    @Test
    void membersCannotChangeOrganisationsTheyDoNotManage() {
        AccountView owner = accounts.createConfirmed("Eigenaar", unique("eigenaar"), PASSWORD, Set.of());
        AccountView other = accounts.createConfirmed("Ander", unique("ander"), PASSWORD, Set.of());
        OrganisationView org = organisations.register(owner.id(), draft("Buurthuis De Kern", null, DEVENTER, null));

        assertThrows(ActionNotAllowedException.class, () -> organisations.update(other.id(), org.id(),
                draft("Overgenomen", null, DEVENTER, null)));
        assertThrows(ActionNotAllowedException.class, () -> organisations.verify(other.id(), org.id()));
        assertThrows(ActionNotAllowedException.class, () -> accounts.lock(other.id(), owner.id()));
        assertEquals("Buurthuis De Kern", organisations.find(org.id()).orElseThrow().name());

        organisations.requestMembership(other.id(), org.id());
        MembershipView pending = organisations.members(org.id(), owner.id(), Audience.MEMBERS).stream()
                .filter(MembershipView::pending).findFirst().orElseThrow();
        assertThrows(ActionNotAllowedException.class,
                () -> organisations.acceptMember(other.id(), pending.membershipId(), MemberRole.MANAGER, null));
        organisations.acceptMember(owner.id(), pending.membershipId(), MemberRole.MEMBER, "vrijwilliger");
        assertFalse(organisations.mayEdit(other.id(), org.id()));
    }

    @Test
    void similarNamesInTheSameMunicipalityAreShownAsPossibleDuplicates() {
        AccountView member = accounts.createConfirmed("Registreerder", unique("dubbel"), PASSWORD, Set.of());
        organisations.register(member.id(), draft("Stichting Buurtkracht Colmschate", null, DEVENTER, null));

        assertEquals(1, organisations.similar("Buurtkracht Colmschate", Set.of(DEVENTER)).size());
        assertEquals(1, organisations.similar("stichting buurtkracht colmschatte", Set.of(DEVENTER)).size());
        assertTrue(organisations.similar("Buurtkracht Colmschate", Set.of(ZWOLLE)).isEmpty());
        assertTrue(organisations.similar("Voedselbank", Set.of(DEVENTER)).isEmpty());
    }

    @Test
    void mergingMovesMembersAndTheOldIdLeadsToTheSurvivor() {
        AccountView coordinator = accounts.createConfirmed("Coördinator", unique("coord"), PASSWORD,
                Set.of(Role.COORDINATOR));
        AccountView a = accounts.createConfirmed("Lid A", unique("a"), PASSWORD, Set.of());
        AccountView b = accounts.createConfirmed("Lid B", unique("b"), PASSWORD, Set.of());
        OrganisationView twin = organisations.register(a.id(), draft("Taalcafé Zwolle", null, ZWOLLE, "taalmaatjes"));
        OrganisationView kept = organisations.register(b.id(), draft("Taalcafe Zwolle", null, ZWOLLE, null));

        organisations.merge(coordinator.id(), twin.id(), kept.id());

        OrganisationView survivor = organisations.find(twin.id()).orElseThrow();
        assertEquals(kept.id(), survivor.id());
        assertEquals("taalmaatjes", survivor.offers(), "what the survivor lacked comes along");
        assertTrue(organisations.mayEdit(a.id(), kept.id()), "the absorbed manager keeps managing");
        assertEquals(2, organisations.members(kept.id(), coordinator.id(), Audience.MEMBERS).size());
        assertTrue(audit.search("organisation.merged", coordinator.id(), 0, 10).stream()
                .anyMatch(e -> e.subjectId() == kept.id()));
        assertFalse(directory.organisations(new DirectoryQuery("Taalcafé", null, null, ZWOLLE, null, 1, 20)).hits()
                .stream().anyMatch(h -> h.id() == twin.id()), "the absorbed one leaves the map");
    }

    @Test
    void dutchSearchFindsWordFormsAndCountsFacets() {
        AccountView member = accounts.createConfirmed("Kaartmaker", unique("kaart"), PASSWORD, Set.of());
        OrganisationView org = organisations.register(member.id(), new OrganisationDraft("Wijkkracht Rivierenwijk",
                OrganisationKind.NEIGHBOURHOOD_TEAM, "Een wijkteam.", "Samenwerking met bewoners en scholen",
                "Vrijwilligers", null, null, Set.of(DEVENTER), Set.of()));

        DirectoryResult found = directory.organisations(new DirectoryQuery("samenwerken", null, null, null, null, 1, 20));
        assertTrue(found.hits().stream().anyMatch(h -> h.id() == org.id()), "samenwerken finds samenwerking");
        assertTrue(found.kinds().getOrDefault(OrganisationKind.NEIGHBOURHOOD_TEAM, 0L) >= 1);
        assertTrue(found.provinces().getOrDefault("PV23", 0L) >= 1, found.provinces().toString());

        assertTrue(directory.organisations(new DirectoryQuery("samenwerken", OrganisationKind.FUND, null, null, null,
                1, 20)).hits().stream().noneMatch(h -> h.id() == org.id()));
        assertTrue(directory.organisations(new DirectoryQuery("samenwerken", null, null, null, "PV24", 1, 20)).hits()
                .stream().noneMatch(h -> h.id() == org.id()), "not in Flevoland");
        assertTrue(directory.organisations(new DirectoryQuery("samenwerken", null, null, null, "PV23", 1, 20)).hits()
                .stream().anyMatch(h -> h.id() == org.id()), "in Overijssel");
    }

    @Test
    void theWholeKaartCountsANewOrganisationAtOnceThoughItsCountsAreKept() {
        DirectoryQuery everything = new DirectoryQuery(null, null, null, null, null, 1, 20);
        directory.organisations(everything);
        DirectoryResult before = directory.organisations(everything);
        AccountView member = accounts.createConfirmed("Nieuwkomer", unique("teller"), PASSWORD, Set.of());
        organisations.register(member.id(), new OrganisationDraft("Telbaar Fonds", OrganisationKind.FUND, null, null,
                null, null, null, Set.of(DEVENTER), Set.of()));

        DirectoryResult after = directory.organisations(everything);
        assertEquals(before.total() + 1, after.total());
        assertEquals(before.kinds().getOrDefault(OrganisationKind.FUND, 0L) + 1, after.kinds().get(OrganisationKind.FUND));
        assertEquals(before.provinces().getOrDefault("PV23", 0L) + 1, after.provinces().get("PV23"));
        assertEquals(after, directory.organisations(everything), "asked again, the same page and counts");
    }

    @Test
    void aMailWithAnAttachmentIsSentOverSmtp() throws Exception {
        String recipient = unique("bijlage");
        outbox.queue(recipient, "Met bijlage", "Zie de bijlage.", new MailAttachment("afspraak.ics",
                "text/calendar; charset=UTF-8", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)));
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        OutboxMessageView.Status status = null;
        while (System.nanoTime() < deadline && status != OutboxMessageView.Status.SENT) {
            Thread.sleep(250);
            status = outbox.newest(200).stream().filter(m -> m.recipient().equals(recipient)).findFirst()
                    .map(OutboxMessageView::status).orElse(null);
        }
        assertEquals(OutboxMessageView.Status.SENT, status, "the outbox sent it, attachment and all");
    }

    @Test
    void facetsCountEveryHitOnceAcrossPagesAndProvinces() {
        AccountView member = accounts.createConfirmed("Facettenteller", unique("facet"), PASSWORD, Set.of());
        List<Long> theme = themes.activeThemes().stream().limit(2).map(ThemeView::id).toList();
        String word = "kaartfacetproef";
        organisations.register(member.id(), new OrganisationDraft("Facet Een", OrganisationKind.FUND, word, null,
                null, null, null, Set.of(DEVENTER, ZWOLLE), Set.of(theme.get(0), theme.get(1))));
        organisations.register(member.id(), new OrganisationDraft("Facet Twee", OrganisationKind.FUND, word, null,
                null, null, null, Set.of(ZWOLLE), Set.of(theme.get(0))));
        organisations.register(member.id(), new OrganisationDraft("Facet Drie", OrganisationKind.CARE_AND_WELFARE, word, null,
                null, null, null, Set.of("GM0034"), Set.of()));

        DirectoryResult found = directory.organisations(new DirectoryQuery(word, null, null, null, null, 1, 2));
        assertEquals(2, found.hits().size(), "one page");
        List<DirectoryHit> second = directory.organisations(new DirectoryQuery(word, null, null, null, null, 2, 2))
                .hits();
        assertEquals(List.of("Facet Drie", "Facet Een", "Facet Twee"), java.util.stream.Stream.concat(
                found.hits().stream(), second.stream()).map(DirectoryHit::name).toList(),
                "equal ranks in name order, the pages neither overlapping nor skipping");
        assertEquals(3, found.total(), "counted over all pages");
        assertEquals(Map.of(OrganisationKind.FUND, 2L, OrganisationKind.CARE_AND_WELFARE, 1L), found.kinds());
        assertEquals(Map.of(theme.get(0), 2L, theme.get(1), 1L), found.themes());
        assertEquals(Map.of("PV23", 2L, "PV24", 1L), found.provinces(),
                "Deventer and Zwolle are both Overijssel: that organisation counts once");

        DirectoryResult funds = directory.organisations(new DirectoryQuery(word, OrganisationKind.FUND, null, null,
                "PV23", 1, 20));
        assertEquals(2, funds.total());
        assertEquals(Map.of(OrganisationKind.FUND, 2L), funds.kinds(), "facets follow the filters");
    }

    @Test
    void erasingAnAccountRemovesThePersonButKeepsTheAuditTrailAnonymous() throws Exception {
        AccountView coordinator = accounts.createConfirmed("Vertrekkende Coördinator", unique("weg"), PASSWORD,
                Set.of(Role.COORDINATOR));
        AccountView subject = accounts.createConfirmed("Iemand", unique("iemand"), PASSWORD, Set.of());
        accounts.lock(coordinator.id(), subject.id());
        OrganisationView org = organisations.register(coordinator.id(), draft("Blijvende Stichting", null, ZWOLLE,
                null));
        String export = accounts.exportPersonalData(coordinator.id());
        assertTrue(export.contains("Vertrekkende Coördinator") && export.contains("person.locked"), export);

        assertThrows(nl.netwerkplaats.network.api.WrongPasswordException.class,
                () -> accounts.erase(coordinator.id(), "fout wachtwoord"));
        accounts.erase(coordinator.id(), PASSWORD);

        assertTrue(accounts.findById(coordinator.id()).isEmpty());
        assertTrue(organisations.find(org.id()).isPresent(), "the contribution stays");
        var entries = audit.search("person.locked", null, 0, 100).stream()
                .filter(e -> e.subjectId() == subject.id()).toList();
        assertEquals(1, entries.size());
        assertNull(entries.get(0).actorId());
        assertEquals("voormalig lid", entries.get(0).actorLabel());
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from network.account a where a.email = ? "
                     + "union all select count(*) from network.audit_entry where actor_label = ? "
                     + "union all select count(*) from network.outbox_message where recipient = ?")) {
            s.setString(1, coordinator.email());
            s.setString(2, "Vertrekkende Coördinator");
            s.setString(3, coordinator.email());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    assertEquals(0, rs.getInt(1), "personal data left behind");
                }
            }
        }
    }

    private OrganisationDraft draft(String name, String kvk, String municipality, String offers) {
        return new OrganisationDraft(name, OrganisationKind.CIVIL_SOCIETY, null, offers, null, null, kvk,
                Set.of(municipality), Set.of());
    }

    private OutboxMessageView mailTo(String recipient, String linkPart) {
        List<OutboxMessageView> mails = outbox.newest(200);
        return mails.stream().filter(m -> m.recipient().equals(recipient) && m.body().contains(linkPart))
                .findFirst().orElseThrow(() -> new AssertionError("no mail to " + recipient + " with " + linkPart));
    }

    private static String token(OutboxMessageView mail) {
        Matcher matcher = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(mail.body());
        assertTrue(matcher.find(), mail.body());
        return matcher.group(1);
    }

    private static String unique(String name) {
        return name + "." + System.nanoTime() + "@netwerkplaats.test";
    }

    private static byte[] png() {
        byte[] bytes = new byte[64];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }
}
