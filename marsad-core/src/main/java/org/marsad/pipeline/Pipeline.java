package org.marsad.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.marsad.actors.ActorDictionary;
import org.marsad.actors.HomeStates;
import org.marsad.actors.MentionFinder;
import org.marsad.events.CameoCodes;
import org.marsad.events.EventCoder;
import org.marsad.events.SummaryTemplates;
import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Section;
import org.marsad.model.Sentence;
import org.marsad.model.TimeExpression;
import org.marsad.ner.ModelMentions;
import org.marsad.text.LanguageDetector;
import org.marsad.text.LanguagePack;
import org.marsad.text.Segmenter;
import org.marsad.time.TimeTagger;

/**
 * The whole extraction, assembled in one place: language, sentences and tokens, the article's
 * date, mentions, times, events. Holds its dictionaries and tables once; thread-safe.
 */
public final class Pipeline {
    private final ActorDictionary dictionary;
    private final MentionFinder mentions;
    private final ModelMentions modelMentions;
    private final EventCoder events;

    public Pipeline(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        this.mentions = new MentionFinder(dictionary);
        this.modelMentions = new ModelMentions(dictionary);
        this.events = new EventCoder(dictionary, CameoCodes.bundled(), SummaryTemplates.bundled());
    }

    /** The pipeline with Marsad's bundled data. */
    public static Pipeline standard() {
        return new Pipeline(ActorDictionary.bundled());
    }

    public Document process(Article input) {
        Article article = input;
        if (article.lang() == null || article.lang().isEmpty()) {
            article = article.withLang(LanguageDetector.detect(bodyText(article)));
        }
        String lang = article.lang();
        LanguagePack pack = LanguagePack.of(lang);
        TimeTagger tagger = TimeTagger.forLanguage(lang);
        List<Sentence> sentences = new Segmenter(pack).sentences(article);
        if (article.published() == null) {
            article = article.withPublished(datelineDate(sentences, article.text(), tagger));
        }
        String text = article.text();
        LocalDate date = article.published();

        List<Mention> found = HomeStates.link(modelMentions.add(sentences, text, date, pack,
                mentions.find(sentences, text, date, pack)), sentences, text, dictionary, pack);
        List<Mention> numberedMentions = new ArrayList<>(found.size());
        for (Mention m : found) {
            numberedMentions.add(m.withId("m" + (numberedMentions.size() + 1)));
        }
        List<TimeExpression> numberedTimes = new ArrayList<>();
        for (TimeExpression t : tagger.tagAll(sentences, text, date)) {
            numberedTimes.add(t.withId("t" + (numberedTimes.size() + 1)));
        }
        List<Event> coded = events.code(lang, text, date, sentences, numberedMentions, numberedTimes);
        List<Event> numberedEvents = new ArrayList<>(coded.size());
        for (Event e : coded) {
            numberedEvents.add(e.withId("e" + (numberedEvents.size() + 1)));
        }
        return new Document(article, sentences, numberedMentions, numberedTimes, numberedEvents);
    }

    /** The first full date on the article's date line, if it has one. */
    private static LocalDate datelineDate(List<Sentence> sentences, String text, TimeTagger tagger) {
        for (Sentence s : sentences) {
            if (s.section() != Section.Kind.DATELINE) {
                continue;
            }
            for (TimeExpression t : tagger.tag(s, text, null)) {
                if (t.value() != null && t.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return LocalDate.parse(t.value());
                }
            }
        }
        return null;
    }

    private static String bodyText(Article article) {
        StringBuilder sb = new StringBuilder();
        for (Section s : article.sections()) {
            if (s.kind() != Section.Kind.CHROME) {
                sb.append(s.span().of(article.text())).append('\n');
            }
        }
        return sb.toString();
    }
}
