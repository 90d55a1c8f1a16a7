package org.mercato.adapters.out.persistence.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The kept-automaton word query finds what Lucene's FuzzyQuery finds, over the same four fields with the
 * same boosts, in the same order (ADR 0021).
 */
class LuceneFuzzyWordsTest {

    private static final String[][] PRODUCTS = {
            {"Dormio Aurora", "Dormio", "natural latex", "A latex mattress with seven zones."},
            {"Dormio Borealis", "Dormio", "memory foam", "Memory foam that follows the body."},
            {"Nordsleep Fjord", "Nordsleep", "pocket springs", "A hybrid mattress from the north."},
            {"Aurora Classic", "Lune & Co", "cold foam", "The aurora of mattresses."},
            {"Fjell Summit", "Schlafwerk", "latex", "Firm and cool, a mattress for the mountains."},
            {"Velvet Dream", "Bedcraft", "hybrid", "Velvety cover, pocket springs."},
    };

    @Test
    void a_word_with_typing_errors_finds_what_lucenes_fuzzy_query_finds_in_the_same_order() throws IOException {
        try (Directory directory = index(); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (String word : List.of("auroa", "dormio", "fjrod", "nordslep", "schlafwrk", "latex", "velvet", "matress")) {
                int edits = ProductSearchAdapter.allowedEdits(word);
                List<String> kept = names(searcher, LuceneFuzzyWords.query(word, edits));
                List<String> lucene = names(searcher, fuzzyQueryOfLucene(word, edits));
                assertThat(kept).as(word).isNotEmpty().isEqualTo(lucene);
                // Built once, then reused: the same query again answers alike.
                assertThat(names(searcher, LuceneFuzzyWords.query(word, edits))).as(word).isEqualTo(kept);
            }
            assertThat(names(searcher, LuceneFuzzyWords.query("auroa", 1)).get(0)).isEqualTo("Aurora Classic");
            assertThat(names(searcher, LuceneFuzzyWords.query("xyzzy", 1))).isEmpty();
            assertThat(names(searcher, LuceneFuzzyWords.query("co", 0))).containsExactly("Aurora Classic");
        }
    }

    @Test
    void edits_count_transpositions_as_one_as_lucenes_automata_do() {
        assertThat(LuceneFuzzyWords.distance("fjrod", "fjord")).isEqualTo(1);
        assertThat(LuceneFuzzyWords.distance("auroa", "aurora")).isEqualTo(1);
        assertThat(LuceneFuzzyWords.distance("schlafwrk", "schlafwerk")).isEqualTo(1);
        assertThat(LuceneFuzzyWords.distance("matress", "mattresses")).isEqualTo(3);
        assertThat(LuceneFuzzyWords.distance("latex", "latex")).isZero();
    }

    private static Query fuzzyQueryOfLucene(String word, int edits) {
        // Spelled out rather than read from ProductIndex.TEXT_FIELDS: the test states the weights it expects.
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        String[] fields = {ProductIndex.NAME, ProductIndex.MANUFACTURER_NAME, ProductIndex.MATERIAL, ProductIndex.DESCRIPTION};
        float[] boosts = {3f, 2f, 1f, 1f};
        for (int i = 0; i < fields.length; i++) {
            Query field = edits == 0 ? new TermQuery(new Term(fields[i], word)) : new FuzzyQuery(new Term(fields[i], word), edits);
            query.add(boosts[i] == 1f ? field : new BoostQuery(field, boosts[i]), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private static List<String> names(IndexSearcher searcher, Query query) throws IOException {
        List<String> names = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
            names.add(searcher.storedFields().document(hit.doc).get("stored"));
        }
        return names;
    }

    private static Directory index() throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (String[] p : PRODUCTS) {
                Document doc = new Document();
                doc.add(new StoredField("stored", p[0]));
                doc.add(new TextField(ProductIndex.NAME, p[0], Field.Store.NO));
                doc.add(new TextField(ProductIndex.MANUFACTURER_NAME, p[1], Field.Store.NO));
                doc.add(new TextField(ProductIndex.MATERIAL, p[2], Field.Store.NO));
                doc.add(new TextField(ProductIndex.DESCRIPTION, p[3], Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        return directory;
    }
}
