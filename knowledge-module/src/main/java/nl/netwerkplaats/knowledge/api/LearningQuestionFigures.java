package nl.netwerkplaats.knowledge.api;

import java.util.List;

import nl.netwerkplaats.kernel.figures.Tally;

/**
 * The knowledge agenda at a glance.
 *
 * @param perStatus        questions asked up to the end of the period, per {@link LearningStatus} name, as they
 *                         stand now
 * @param askedInPeriod    questions asked in the period
 * @param active           open or in progress now
 * @param reviewOnSchedule active questions whose review date has not passed
 * @param reviewOverdue    active questions whose review date has passed
 * @param reviewedInPeriod questions whose latest review fell in the period
 */
public record LearningQuestionFigures(List<Tally> perStatus, long askedInPeriod, long active, long reviewOnSchedule,
                                      long reviewOverdue, long reviewedInPeriod) {

    public LearningQuestionFigures {
        perStatus = List.copyOf(perStatus);
    }
}
