package nl.netwerkplaats.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.netwerkplaats.events.api.Attendance;
import nl.netwerkplaats.events.api.GatheringFigures;
import nl.netwerkplaats.events.api.GatheringTotals;
import nl.netwerkplaats.events.api.ParticipantRole;
import nl.netwerkplaats.kernel.figures.FigureFilter;
import nl.netwerkplaats.kernel.figures.MonthTally;
import nl.netwerkplaats.kernel.figures.Tally;
import nl.netwerkplaats.knowledge.api.KnowledgeFigures;
import nl.netwerkplaats.knowledge.api.KnowledgeTotals;
import nl.netwerkplaats.knowledge.api.LearningQuestionFigures;
import nl.netwerkplaats.network.api.NetworkFigures;
import nl.netwerkplaats.network.api.NetworkGrowth;
import nl.netwerkplaats.network.api.SupportFigures;
import nl.netwerkplaats.network.api.SupportRequestFigures;

/**
 * Every module's figures API against the known data set of {@link FiguresFixture}: exact numbers on its own theme,
 * narrowed to Overijssel, and outside the period. In-container, on the real PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class FiguresIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.netwerkplaats().addClasses(FiguresIT.class, FiguresFixture.class);
    }

    @Inject
    private NetworkFigures network;

    @Inject
    private SupportFigures support;

    @Inject
    private GatheringFigures gatherings;

    @Inject
    private KnowledgeFigures knowledge;

    private static final LocalDate TODAY = LocalDate.now(FigureFilter.ZONE);
    private static final String THIS_MONTH = YearMonth.from(TODAY).toString();

    private static FigureFilter lastYear(String province) {
        return new FigureFilter(TODAY.withDayOfMonth(1).minusMonths(11), TODAY, province, FiguresFixture.themeId);
    }

    private static Map<String, Long> map(List<Tally> tallies) {
        return tallies.stream().collect(java.util.stream.Collectors.toMap(Tally::key, Tally::count));
    }

    @Test
    void networkGrowthCountsConfirmedPeopleAndOrganisationsByKindMonthAndPlace() {
        NetworkGrowth overijssel = network.growth(lastYear(FiguresFixture.PROVINCE));
        assertEquals(List.of(new Tally(THIS_MONTH, 2)), overijssel.peoplePerMonth());
        assertEquals(1, overijssel.peopleBefore(), "Dirk joined two years ago");
        assertEquals(List.of(new MonthTally(THIS_MONTH, "CIVIL_SOCIETY", 1),
                new MonthTally(THIS_MONTH, "RESIDENT_INITIATIVE", 1)), overijssel.organisationsPerMonth());
        assertEquals(0, overijssel.organisationsBefore());
        assertEquals(Map.of("GM0150", 2L), map(overijssel.peoplePerMunicipality()));
        assertEquals(Map.of("GM0150", 2L, "GM0153", 1L), map(overijssel.organisationsPerMunicipality()));

        NetworkGrowth everywhere = network.growth(lastYear(null));
        assertEquals(3, everywhere.peopleJoined());
        assertEquals(3, everywhere.organisationsRegistered());
        assertEquals(Map.of("GM0150", 2L, "GM0153", 1L, "GM0363", 1L),
                map(everywhere.organisationsPerMunicipality()));

        NetworkGrowth longAgo = network.growth(new FigureFilter(TODAY.minusYears(3), TODAY.minusYears(1),
                FiguresFixture.PROVINCE, FiguresFixture.themeId));
        assertEquals(1, longAgo.peopleJoined(), "only Dirk, in his month");
        assertEquals(0, longAgo.organisationsRegistered());
    }

    @Test
    void gatheringsHeldCountAttendanceByRoleAndLeaveOutPlannedCancelledAndConcepts() {
        GatheringTotals overijssel = gatherings.gatherings(lastYear(FiguresFixture.PROVINCE));
        assertEquals(1, overijssel.held());
        assertEquals(0, overijssel.planned(), "the planned one starts after today, the end of the period");
        GatheringTotals ahead = gatherings.gatherings(new FigureFilter(TODAY.minusMonths(1), TODAY.plusDays(30),
                FiguresFixture.PROVINCE, FiguresFixture.themeId));
        assertEquals(1, ahead.planned(), "the planned one; the cancelled one and the concept do not count");
        assertEquals(1, ahead.held());
        assertEquals(Map.of("THEMADAG", 1L), map(overijssel.heldPerKind()));
        assertEquals(Map.of("GM0150", 1L), map(overijssel.heldPerMunicipality()));
        Attendance a = overijssel.attendance();
        assertEquals(3, a.registered());
        assertEquals(2, a.present());
        assertEquals(1, a.noShow());
        assertEquals(1, a.walkIns());
        assertEquals(new Attendance.Counts(1, 1, 0), a.perRole().get(ParticipantRole.INWONER));
        assertEquals(new Attendance.Counts(1, 0, 1), a.perRole().get(ParticipantRole.PROFESSIONAL));
        assertEquals(new Attendance.Counts(1, 1, 0), a.perRole().get(ParticipantRole.VRIJWILLIGER));
        assertEquals(3, a.perRole().size());
        assertEquals(Map.of("RODE_DRAAD", 2L, "KERNBOODSCHAP", 1L), map(overijssel.harvestPerType()));

        GatheringTotals everywhere = gatherings.gatherings(lastYear(null));
        assertEquals(2, everywhere.held());
        assertEquals(Map.of("THEMADAG", 1L, "MEETUP", 1L), map(everywhere.heldPerKind()));

        GatheringTotals beforeThem = gatherings.gatherings(new FigureFilter(TODAY.minusYears(2), TODAY.minusDays(4),
                null, FiguresFixture.themeId));
        assertEquals(0, beforeThem.held(), "held today: outside a period that ends four days ago");
    }

    @Test
    void knowledgeCountsPublishedItemsByTypeThemeAndPlaceAndTheAgendaItsReviews() {
        KnowledgeTotals overijssel = knowledge.items(lastYear(FiguresFixture.PROVINCE));
        assertEquals(1, overijssel.published(), "the concept in Enschede does not count");
        assertEquals(Map.of("BEST_PRACTICE", 1L), map(overijssel.perType()));
        assertEquals(Map.of(Long.toString(FiguresFixture.themeId), 1L), map(overijssel.perTheme()));
        assertEquals(Map.of("GM0150", 1L), map(overijssel.perMunicipality()));
        assertEquals(List.of(new Tally(THIS_MONTH, 1)), overijssel.perMonth());

        KnowledgeTotals everywhere = knowledge.items(lastYear(null));
        assertEquals(Map.of("BEST_PRACTICE", 1L, "VERHAAL", 1L), map(everywhere.perType()));

        LearningQuestionFigures questions = knowledge.learningQuestions(lastYear(null), TODAY);
        assertEquals(2, questions.askedInPeriod());
        assertEquals(2, questions.active());
        assertEquals(1, questions.reviewOnSchedule());
        assertEquals(1, questions.reviewOverdue());
        assertEquals(0, questions.reviewedInPeriod());
        assertEquals(Map.of("OPEN", 2L), map(questions.perStatus()));
        assertEquals(questions, knowledge.learningQuestions(lastYear(FiguresFixture.PROVINCE), TODAY),
                "learning questions have no place: the province does not narrow them");
    }

    @Test
    void supportRequestsFollowTheFunnelAndTheTimeToTheFirstLink() {
        SupportRequestFigures s = support.requests(lastYear(FiguresFixture.PROVINCE));
        assertEquals(2, s.asked());
        assertEquals(1, s.pickedUp());
        assertEquals(1, s.linked());
        assertEquals(1, s.accepted());
        assertEquals(0, s.completed());
        assertEquals(Map.of("NEW", 1L, "LINKED", 1L), map(s.perStatus()));
        assertNotNull(s.medianHoursToMatch());
        assertEquals(48.0, s.medianHoursToMatch(), 0.001);
        assertEquals(48.0, s.averageHoursToMatch(), 0.001);
        assertEquals(Map.of("GM0150", 2L), map(s.perMunicipality()));

        SupportRequestFigures elsewhere = support.requests(new FigureFilter(TODAY.minusMonths(1), TODAY, "PV27",
                FiguresFixture.themeId));
        assertEquals(0, elsewhere.asked());
        assertEquals(null, elsewhere.medianHoursToMatch(), "no link, no duration");
    }

    @Test
    void aFilterRefusesAPeriodThatEndsBeforeItStartsAndAnUnknownProvince() {
        assertThrows(IllegalArgumentException.class, () -> new FigureFilter(TODAY, TODAY.minusDays(1), null, null));
        assertThrows(IllegalArgumentException.class, () -> new FigureFilter(TODAY.minusDays(1), TODAY, "PV99", null));
        assertTrue(new FigureFilter(TODAY, TODAY, "PV23", null).municipalityCodes().contains("GM0150"));
    }
}
