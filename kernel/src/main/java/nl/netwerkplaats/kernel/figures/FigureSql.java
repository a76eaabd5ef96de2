package nl.netwerkplaats.kernel.figures;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * A native statement built from fixed SQL fragments, with every value bound as a parameter ({@code ?}, numbered
 * as they are added). The modules' figures services use it to add the period, province and theme conditions of a
 * {@link FigureFilter} to their own tables; nothing the caller typed ever becomes SQL text.
 */
public final class FigureSql {

    /** Months in Dutch time, the way {@link Tally} and {@link MonthTally} keys are written. */
    public static String month(String timestampColumn) {
        return "to_char(" + timestampColumn + " at time zone 'Europe/Amsterdam', 'YYYY-MM')";
    }

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> values = new ArrayList<>();

    public FigureSql(String start) {
        sql.append(start);
    }

    /** Appends SQL text; each {@code ?} in it takes the next of {@code parameters}. */
    public FigureSql add(String fragment, Object... parameters) {
        int from = 0;
        int taken = 0;
        for (int i = 0; i < fragment.length(); i++) {
            if (fragment.charAt(i) == '?') {
                if (taken == parameters.length) {
                    throw new IllegalArgumentException("More ? than values in: " + fragment);
                }
                values.add(parameters[taken++]);
                sql.append(fragment, from, i).append('?').append(values.size());
                from = i + 1;
            }
        }
        if (taken != parameters.length) {
            throw new IllegalArgumentException("More values than ? in: " + fragment);
        }
        sql.append(fragment, from, fragment.length());
        return this;
    }

    /** Appends {@code fragment} only when {@code applies}. */
    public FigureSql addIf(boolean applies, String fragment, Object... parameters) {
        return applies ? add(fragment, parameters) : this;
    }

    /** A list of codes as one parameter, for {@code = any(string_to_array(?, ','))}. */
    public static String joined(List<String> codes) {
        return String.join(",", codes);
    }

    public Query query(EntityManager em) {
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> rows(EntityManager em) {
        return query(em).getResultList();
    }

    /** Rows of (key, count) as tallies. */
    public List<Tally> tallies(EntityManager em) {
        return rows(em).stream().map(r -> new Tally(String.valueOf(r[0]), ((Number) r[1]).longValue())).toList();
    }

    /** Rows of (month, key, count). */
    public List<MonthTally> monthTallies(EntityManager em) {
        return rows(em).stream().map(r -> new MonthTally(String.valueOf(r[0]), String.valueOf(r[1]),
                ((Number) r[2]).longValue())).toList();
    }

    /** A statement whose single row and column is a number. */
    public long count(EntityManager em) {
        Object value = query(em).getSingleResult();
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
