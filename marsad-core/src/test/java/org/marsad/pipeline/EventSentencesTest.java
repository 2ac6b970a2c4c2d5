package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Participant;
import org.marsad.model.Section;
import org.marsad.model.Span;

/**
 * Single sentences in the three languages and the event each must give: CAMEO root, source actors,
 * target actors and modality, written "root SOURCE>TARGET modality". They exercise the cues of
 * events/XX/cues.tsv: word order, passives, case, possessives, titles, negation and modality.
 */
class EventSentencesTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Russia and Pakistan signed a defence cooperation agreement.                | 05 RUS>PAK asserted
            en | Ukraine was attacked by Russia.                                            | 18 RUS>UKR asserted
            en | The agreement was signed by Iran.                                          | 05 IRN> asserted
            en | Pakistan's ambassador met Russia's foreign minister.                       | 04 PAK>RUS asserted
            en | Pakistan did not sign the agreement with India.                            | 05 PAK>IND negated
            en | Iran refused to sign the deal with the United States.                      | 12 IRN>USA asserted
            en | Russian and Pakistani leaders may meet at the summit.                      | 04 RUS>PAK possible
            en | Pakistan will return the captured pilot to India.                          | 08 PAK>IND planned
            en | China and the United Nations called for restraint.                         | 02 CHN,UN> asserted
            en | Russian forces shelled Kharkiv.                                            | 19 RUS>UKR asserted
            en | The United Nations demanded that Russia withdraw its troops.               | 10 UN>RUS asserted
            en | India didn't attack Pakistan.                                              | 18 IND>PAK negated
            en | China denied that it had supplied weapons to Russia.                       | 06 CHN>RUS negated
            en | The talks between Russia and Ukraine did not take place.                   | 04 RUS>UKR negated
            en | Neither Russia nor Ukraine signed the agreement.                           | 05 RUS>UKR negated
            en | If Russia attacks Ukraine, the United States will impose sanctions on Moscow. | 16 USA>RUS hypothetical
            ru | Россия и Пакистан подписали соглашение о сотрудничестве.                   | 05 RUS>PAK asserted
            ru | Москва отрицает, что поставляла оружие Ирану.                              | 06 RUS>IRN negated
            ru | Переговоры России и Украины не состоялись.                                 | 04 RUS>UKR negated
            ru | Если Россия нападёт на Украину, США введут санкции против Москвы.          | 18 RUS>UKR hypothetical
            ru | Ожидается, что Египет примет переговоры Израиля и ХАМАС.                   | 04 EGY>ISR,PSE possible
            ru | Соглашение о сотрудничестве Россия и Пакистан подписали в 2014 году.       | 05 RUS>PAK asserted
            ru | Москва поставила пакистанской стороне партию вертолётов.                   | 06 RUS>PAK asserted
            ru | Пакистан стремится развивать военное сотрудничество с Россией.             | 03 PAK>RUS asserted
            ru | Россия не подписала соглашение с Украиной.                                 | 05 RUS>UKR negated
            ru | Турция может провести переговоры с Ираном.                                | 04 TUR>IRN possible
            ru | Индию посетил президент Турции.                                            | 04 TUR>IND asserted
            ru | Пакистан подпишет соглашение с Китаем.                                     | 05 PAK>CHN planned
            ru | Мексика обещает Гватемале помощь.                                         | 03 MEX>GTM asserted
            ru | Мексика пообещает Гватемале помощь.                                        | 03 MEX>GTM planned
            en | Kenya will ask Ethiopia for help.                                          | 02 KEN>ETH planned
            ru | Джаафари, в свою очередь, обвинил Турцию. Сирия обвинила Турцию.           | 11 SYR>TUR asserted
            ar | وقعت روسيا وباكستان اتفاقية للتعاون العسكري.                               | 05 RUS>PAK asserted
            ar | قد يزور الرئيس التركي مصر.                                                 | 04 TUR>EGY possible
            ar | أفرجت باكستان عن الطيار الهندي.                                           | 08 PAK>IND asserted
            """)
    void givesTheEvent(String lang, String sentence, String expected) {
        List<String> found = new ArrayList<>();
        for (Event e : events(sentence, lang)) {
            found.add(render(e));
        }
        assertTrue(found.contains(expected), sentence + " gave " + found);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The Pakistan-based group carried out the attack.
            en | Pakistan was told about the decision.
            en | The text deplores Russia's decision and calls on all parties to allow aid.
            ru | В Дамаске действия российской авиации приветствовали.
            """)
    void givesNoEventForWhomTheSentenceDoesNotName(String lang, String sentence) {
        assertTrue(events(sentence, lang).isEmpty(), sentence + " gave " + events(sentence, lang).stream()
                .map(EventSentencesTest::render).toList());
    }

    private static List<Event> events(String text, String lang) {
        Article a = new Article("s", null, null, lang, LocalDate.of(2020, 6, 3), text,
                List.of(new Section(Section.Kind.BODY, new Span(0, text.length()))), "test");
        Document d = PIPELINE.process(a);
        return d.events();
    }

    private static String render(Event e) {
        return e.cameo().substring(0, 2) + " " + codes(e.source()) + ">" + codes(e.target()) + " "
                + e.modality().code();
    }

    private static String codes(List<Participant> ps) {
        TreeSet<String> out = new TreeSet<>();
        for (Participant p : ps) {
            out.add(p.actor().code());
        }
        return String.join(",", out);
    }
}
