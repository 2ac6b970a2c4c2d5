package org.marsad.events;

import java.util.List;

import org.marsad.model.Analysis;
import org.marsad.model.Modality;
import org.marsad.model.Token;

/**
 * The modality of a trigger from cue words around it (each cue with its scope) and a future
 * prefix or future tense tag on the verb; cues marked "asserted", names and capitalised words after a word
 * hide the words they cover from the others. When cues disagree the strongest wins: negated, hypothetical, possible,
 * planned; without any the event is asserted. A plan or possibility followed by a condition is hypothetical.
 * A cue that is a verb of its own counts from {@code reach} on: a verb's own part of a coordination.
 */
final class ModalityFinder {
    private static final int NEAR = 2;

    private ModalityFinder() {
    }

    static Modality find(List<Token> tokens, TriggerPattern.Match m, int[] clause, EventGrammar g,
                         List<Participants.Group> groups, int reach) {
        int t = m.triggerStart();
        // phrases that only look modal (كان قد + past tense is a pluperfect) hide the cues inside them,
        // and so do names and capitalised words inside a sentence: Theresa May, Prime Minister May
        boolean[] masked = new boolean[tokens.size()];
        for (int k = 1; k < tokens.size(); k++) {
            masked[k] = tokens.get(k - 1).kind() == Token.Kind.WORD
                    && Character.isUpperCase(tokens.get(k).text().codePointAt(0));
        }
        for (Participants.Group group : groups) {
            for (Participants.Part part : group.parts()) {
                if (!part.pronoun()) {
                    for (int k = part.start(); k < part.end(); k++) {
                        masked[k] = true;
                    }
                }
            }
        }
        for (EventGrammar.ModalityCue cue : g.modalityCues) {
            if (cue.modality() != Modality.ASSERTED) {
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                int len = cue.words().matchAt(tokens, i);
                for (int k = i; k < i + len; k++) {
                    masked[k] = true;
                }
            }
        }
        Modality found = Modality.ASSERTED;
        for (EventGrammar.ModalityCue cue : g.modalityCues) {
            if (cue.modality() == Modality.ASSERTED) {
                continue;
            }
            // a saying's future words after it belong to what is said (pledged to ... will); before it, to the saying
            boolean before = m.pattern().speechAct && cue.modality() == Modality.PLANNED;
            int reachOf = cue.ownVerb() ? reach : 0;
            int from;
            int to;
            switch (cue.scope()) {
                case NEAR -> {
                    // the words right before the verb, even across a boundary word (دون أن تشارك), or
                    // before the verb that governs an event noun (did not carry out air strikes)
                    int governor = m.pattern().noun ? g.governorBefore(tokens, clause[0], t, NEAR) : -1;
                    from = Math.max(0, (governor >= 0 ? governor : t) - NEAR);
                    to = t;
                }
                case NEXT -> {
                    // the word right after the trigger: нормализовала бы
                    from = m.triggerEnd();
                    to = Math.min(tokens.size(), m.triggerEnd() + 1);
                }
                case CLAUSE -> {
                    from = Math.max(clause[0], reachOf);
                    to = m.pattern().noun && !before ? clause[1] : t;
                }
                default -> {
                    from = reachOf;
                    to = t;
                }
            }
            for (int i = from; i < to; i++) {
                if (masked[i] || (i >= m.triggerStart() && i < m.triggerEnd())) {
                    continue;
                }
                if (cue.words().matchAt(tokens, i) > 0) {
                    // a plan or a possibility denied is no event: لا تعتزم, has no plans, не планирует
                    boolean denied = (cue.modality() == Modality.PLANNED || cue.modality() == Modality.POSSIBLE)
                            && negatedBefore(tokens, i, g, masked);
                    found = stronger(found, denied ? Modality.NEGATED : cue.modality());
                }
            }
        }
        int verb = m.pattern().noun ? t - 1 : t;
        // a verb trigger's own reading tells its prefix: سيزور has the future س, سحبت only begins with it
        // a word right after a preposition is a noun, whatever it begins with (في سياق الحوار)
        boolean futurePrefix = m.pattern().noun ? verb >= 0 && hasFuturePrefix(tokens.get(verb), g)
                && !(verb > 0 && g.prepositionIn(tokens, verb - 1, verb, true))
                || governedInFuture(tokens, t, clause, g)
                : g.futurePrefixes.contains(m.pattern().elements.get(m.pattern().triggerIndex).prefixAt(tokens, t));
        // a saying in the future is planned (will ask, попросит, ستطلب), even when reported (said Japan will pledge,
        // قال إن بولندا ستحذر بيلاروسيا: the warning is still to come); a saying's noun takes no future of its own,
        // nor does a threat made by foretelling once reported (قال إن إسرائيل ستجعل إيران تدفع الثمن)
        boolean saying = m.pattern().speechAct
                && (m.pattern().noun || (m.pattern().saidFuture && reported(tokens, t, g)));
        if (verb >= 0 && !saying && (futurePrefix || hasFutureTag(tokens.get(verb), g))) {
            found = stronger(found, Modality.PLANNED);
        }
        // a plan or a possibility with a condition after it is hypothetical: would normalise ... if
        if ((found == Modality.PLANNED || found == Modality.POSSIBLE) && conditionAfter(tokens, m, clause, g, masked)) {
            found = Modality.HYPOTHETICAL;
        }
        return found;
    }

    /**
     * A conditional cue after the trigger, up to and with the word that ends its clause (если), or the word
     * after a comma that ends it (may accept, если ...: Russian sets a condition off with a comma); cues of
     * near scope (أي) speak of the word after them only.
     */
    private static boolean conditionAfter(List<Token> tokens, TriggerPattern.Match m, int[] clause, EventGrammar g,
                                          boolean[] masked) {
        int end = clause[1];
        if (end + 1 < tokens.size() && tokens.get(end).kind() == Token.Kind.PUNCT && tokens.get(end).text().equals(",")) {
            end++;
        }
        int to = Math.min(tokens.size(), end + 1);
        for (EventGrammar.ModalityCue cue : g.modalityCues) {
            if (cue.modality() != Modality.HYPOTHETICAL || cue.scope() == EventGrammar.Scope.NEAR) {
                continue;
            }
            for (int i = m.triggerEnd(); i < to; i++) {
                if (!masked[i] && cue.words().matchAt(tokens, i) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An event noun whose governing verb is future (سيبدأ الأطباء إضرابا, ستجري ... محادثات, проведут патрулирование). */
    private static boolean governedInFuture(List<Token> tokens, int t, int[] clause, EventGrammar g) {
        for (int i = clause[0]; i < t; i++) {
            if (g.governors.matchAt(tokens, i) > 0
                    && (g.futurePrefixes.contains(g.governors.prefixAt(tokens, i)) || hasFutureTag(tokens.get(i), g))) {
                return true;
            }
        }
        return false;
    }

    /** A speech verb before token t: what follows it is what someone said. */
    private static boolean reported(List<Token> tokens, int t, EventGrammar g) {
        for (int i = 0; i < t; i++) {
            if (g.speech.matchAt(tokens, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** A negation cue of near scope in the two words before token i, not inside a name (Doctors Without Borders will). */
    private static boolean negatedBefore(List<Token> tokens, int i, EventGrammar g, boolean[] masked) {
        for (EventGrammar.ModalityCue cue : g.modalityCues) {
            if (cue.modality() != Modality.NEGATED || cue.scope() != EventGrammar.Scope.NEAR) {
                continue;
            }
            for (int k = Math.max(0, i - NEAR); k < i; k++) {
                if (!masked[k] && cue.words().matchAt(tokens, k) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A verb form the morphology tags as future (подпишут, проведут) and as no other tense: a verb of
     * both aspects in the present (обещает) is no plan.
     */
    private static boolean hasFutureTag(Token token, EventGrammar g) {
        return g.futureTag != null && token.analyses().stream().anyMatch(a -> a.hasTag(g.futureTag))
                && (g.finiteTag == null || token.analyses().stream()
                        .flatMap(a -> java.util.Arrays.stream(a.tags().split("\\|")))
                        .noneMatch(t -> g.finiteTag.matcher(t).matches() && !g.futureTag.matcher(t).matches()));
    }

    private static boolean hasFuturePrefix(Token token, EventGrammar g) {
        for (Analysis a : token.analyses()) {
            if (g.futurePrefixes.contains(a.prefix()) && a.suffix().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Negated outranks hypothetical, then possible, then planned, then asserted. */
    private static Modality stronger(Modality a, Modality b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(Modality m) {
        return switch (m) {
            case ASSERTED -> 0;
            case PLANNED -> 1;
            case POSSIBLE -> 2;
            case HYPOTHETICAL -> 3;
            case NEGATED -> 4;
        };
    }
}
