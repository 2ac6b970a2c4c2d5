package org.marsad.eval;

import java.util.ArrayList;
import java.util.List;

import org.marsad.eval.TimeMlDocument.Timex;
import org.marsad.model.Article;
import org.marsad.model.Section;
import org.marsad.model.Span;
import org.marsad.model.TimeExpression;
import org.marsad.text.LanguagePack;
import org.marsad.text.Segmenter;
import org.marsad.time.TimeTagger;

/**
 * Runs the pipeline's time tagger over a TimeML document's text, sentence by sentence as the
 * pipeline does, with the document creation time as the article date, and scores the result.
 * A range of dates counts as its two ends, as TimeML marks them.
 */
public final class TimeEvaluation {
    private final String lang;
    private final Segmenter segmenter;
    private final TimeTagger tagger;

    public TimeEvaluation(String lang) {
        this.lang = lang;
        this.segmenter = new Segmenter(LanguagePack.of(lang));
        this.tagger = TimeTagger.forLanguage(lang);
    }

    /** A document's gold expressions, what the tagger found, and the score of one against the other. */
    public record Result(TimeMlDocument document, List<Timex> system, TimeScore score) {
    }

    public Result evaluate(TimeMlDocument doc) {
        String text = doc.text();
        Article article = new Article(doc.name(), null, null, lang, doc.creationTime(), text,
                List.of(new Section(Section.Kind.BODY, new Span(0, text.length()))), doc.name());
        List<Timex> system = new ArrayList<>();
        for (TimeExpression t : tagger.tagAllWithRangeEnds(segmenter.sentences(article), text, doc.creationTime())) {
            system.add(new Timex(t.span(), t.type().name(), t.value()));
        }
        return new Result(doc, system, TimeScore.of(doc.times(), system));
    }
}
