package nl.netwerkplaats.knowledge.application;

import static nl.netwerkplaats.kernel.figures.FigureSql.joined;
import static nl.netwerkplaats.kernel.figures.FigureSql.month;

import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.kernel.figures.FigureFilter;
import nl.netwerkplaats.kernel.figures.FigureSql;
import nl.netwerkplaats.knowledge.api.KnowledgeFigures;
import nl.netwerkplaats.knowledge.api.KnowledgeTotals;
import nl.netwerkplaats.knowledge.api.LearningQuestionFigures;

/**
 * Counts for the overview from the knowledge module's own tables. Items are counted from their tag arrays
 * ({@code theme_ids}, {@code municipality_codes}), which the GIN indexes of the search already cover.
 */
@Stateless
@Local(KnowledgeFigures.class)
public class KnowledgeFiguresService implements KnowledgeFigures {

    @PersistenceContext(unitName = "knowledge")
    private EntityManager em;

    @Override
    public KnowledgeTotals items(FigureFilter f) {
        long published = published("select count(*) from knowledge.knowledge_item k", f).count(em);
        var perType = published("select k.type, count(*) from knowledge.knowledge_item k", f)
                .add(" group by k.type order by k.type").tallies(em);
        var perTheme = published("select t.theme_id, count(*) from knowledge.knowledge_item k"
                + " cross join lateral unnest(k.theme_ids) as t(theme_id)", f)
                .add(" group by t.theme_id order by t.theme_id").tallies(em);
        var perMonth = published("select " + month("k.published_at") + " m, count(*)"
                + " from knowledge.knowledge_item k", f)
                .add(" group by m order by m").tallies(em);
        FigureSql perMunicipality = published("select c.code, count(*) from knowledge.knowledge_item k"
                + " cross join lateral unnest(k.municipality_codes) as c(code)", f)
                .addIf(f.inProvince(), " and c.code = any(string_to_array(?, ','))", joined(f.municipalityCodes()))
                .add(" group by c.code order by c.code");
        return new KnowledgeTotals(published, perType, perTheme, perMonth, perMunicipality.tallies(em));
    }

    /** Items published in the period and not withdrawn to concept, about the province, on the theme. */
    private static FigureSql published(String select, FigureFilter f) {
        return new FigureSql(select)
                .add(" where k.status in ('GEPUBLICEERD', 'GEARCHIVEERD') and k.published_at >= ?"
                        + " and k.published_at < ?", f.start(), f.end())
                .addIf(f.inProvince(), " and k.municipality_codes && cast(string_to_array(?, ',') as varchar[])",
                        joined(f.municipalityCodes()))
                .addIf(f.onTheme(), " and k.theme_ids @> array[cast(? as bigint)]", f.themeId());
    }

    @Override
    public LearningQuestionFigures learningQuestions(FigureFilter f, LocalDate today) {
        var perStatus = questions("select q.status, count(*) from knowledge.learning_question q", f)
                .add(" and q.created_at < ?", f.end()).add(" group by q.status order by q.status").tallies(em);
        List<Object[]> rows = questions("""
                select count(*) filter (where q.created_at >= ? and q.created_at < ?),
                       count(*) filter (where q.status in ('OPEN', 'IN_UITVOERING')),
                       count(*) filter (where q.status in ('OPEN', 'IN_UITVOERING') and q.review_date >= ?),
                       count(*) filter (where q.status in ('OPEN', 'IN_UITVOERING') and q.review_date < ?),
                       count(*) filter (where q.last_reviewed_at >= ? and q.last_reviewed_at < ?)
                from knowledge.learning_question q""", f, f.start(), f.end(), today, today, f.start(), f.end())
                .rows(em);
        Object[] r = rows.get(0);
        return new LearningQuestionFigures(perStatus, n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]));
    }

    /** Learning questions on the theme (the province does not apply: questions have no place). */
    private static FigureSql questions(String select, FigureFilter f, Object... selectValues) {
        return new FigureSql("").add(select, selectValues).add(" where true")
                .addIf(f.onTheme(), " and exists (select 1 from knowledge.learning_question_theme t"
                        + " where t.question_id = q.id and t.theme_id = ?)", f.themeId());
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
