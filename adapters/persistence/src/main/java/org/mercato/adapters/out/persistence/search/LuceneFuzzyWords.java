package org.mercato.adapters.out.persistence.search;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * One word of a text search as a Lucene query on the embedded backend: the word, with typing errors, in one of
 * {@link ProductIndex#TEXT_FIELDS}, weighted as given there. Lucene's FuzzyQuery builds its
 * Levenshtein automata anew for every field of every search, about a millisecond a word and field for two
 * edits, most of a text search's time (ADR 0021); here the automaton of a word is built once and kept, within
 * a bound in bytes. Terms
 * score as with FuzzyQuery: the 50 best expansions, blended, each weighted by its similarity to the word.
 */
final class LuceneFuzzyWords {

    private static final int MAX_EXPANSIONS = 50;
    /**
     * Automata kept, in bytes; the cache starts over when full (shoppers' words repeat heavily). An automaton
     * for two edits grows with the word: a few kilobytes for a mattress name, megabytes for 200 letters.
     */
    private static final long MAX_CACHED_BYTES = 32L * 1024 * 1024;
    /** Longer words are built for the search and dropped, as Lucene does: nobody misspells them twice. */
    private static final int MAX_CACHED_WORD_LENGTH = 24;
    private static final Map<String, CompiledAutomaton> AUTOMATA = new ConcurrentHashMap<>();
    private static final AtomicLong CACHED_BYTES = new AtomicLong();

    private LuceneFuzzyWords() {
    }

    /** {@code word} lower case, as the standard analyzer indexes it; {@code edits} 0 to 2. */
    static Query query(String word, int edits) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        ProductIndex.TEXT_FIELDS.forEach((field, boost) -> {
            Query inField = fieldQuery(field, word, edits);
            query.add(boost == 1f ? inField : new BoostQuery(inField, boost), BooleanClause.Occur.SHOULD);
        });
        return query.build();
    }

    private static Query fieldQuery(String field, String word, int edits) {
        if (edits == 0) {
            return new TermQuery(new Term(field, word));
        }
        return new CachedFuzzyQuery(field, word, automaton(word, edits));
    }

    private static CompiledAutomaton automaton(String word, int edits) {
        if (word.length() > MAX_CACHED_WORD_LENGTH) {
            return build(word, edits);
        }
        String key = edits + ":" + word;
        CompiledAutomaton automaton = AUTOMATA.get(key);
        if (automaton == null) {
            automaton = build(word, edits);
            if (CACHED_BYTES.addAndGet(automaton.ramBytesUsed()) > MAX_CACHED_BYTES) {
                AUTOMATA.clear();
                CACHED_BYTES.set(automaton.ramBytesUsed());
            }
            AUTOMATA.put(key, automaton);
        }
        return automaton;
    }

    private static CompiledAutomaton build(String word, int edits) {
        return new FuzzyQuery(new Term("", word), edits, 0, MAX_EXPANSIONS, true).getAutomata();
    }

    /** Edit distance with transpositions (optimal string alignment), over code points, as Lucene's automata count. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[][] d = new int[x.length + 1][y.length + 1];
        for (int i = 0; i <= x.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[x.length][y.length];
    }

    /** The terms of one field that a kept automaton accepts, each boosted by its similarity to the word. */
    private static final class CachedFuzzyQuery extends MultiTermQuery {
        private final String word;
        private final int length;
        private final CompiledAutomaton automaton;

        CachedFuzzyQuery(String field, String word, CompiledAutomaton automaton) {
            super(field, new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS));
            this.word = word;
            this.length = word.codePointCount(0, word.length());
            this.automaton = automaton;
        }

        @Override
        protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
            return new FilteredTermsEnum(automaton.getTermsEnum(terms), false) {
                private final BoostAttribute boost = attributes().addAttribute(BoostAttribute.class);

                @Override
                protected AcceptStatus accept(BytesRef term) {
                    String text = term.utf8ToString();
                    int termLength = text.codePointCount(0, text.length());
                    // As FuzzyTermsEnum weighs an expansion: 1 - edits / length of the shorter of the two.
                    boost.setBoost(1f - (float) distance(word, text) / Math.min(length, termLength));
                    return AcceptStatus.YES;
                }
            };
        }

        @Override
        public void visit(QueryVisitor visitor) {
            if (visitor.acceptField(field)) {
                visitor.visitLeaf(this);
            }
        }

        @Override
        public String toString(String defaultField) {
            return (field.equals(defaultField) ? "" : field + ":") + word + "~";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof CachedFuzzyQuery q && q.field.equals(field) && q.word.equals(word)
                    && q.automaton == automaton;
        }

        @Override
        public int hashCode() {
            return Objects.hash(field, word);
        }
    }
}
