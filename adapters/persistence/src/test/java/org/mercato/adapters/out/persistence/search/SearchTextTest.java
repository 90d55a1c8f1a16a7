package org.mercato.adapters.out.persistence.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void a_search_text_becomes_distinct_lower_case_words_without_query_syntax() {
        assertThat(ProductSearchAdapter.terms("Lune & Co")).containsExactly("lune", "co");
        assertThat(ProductSearchAdapter.terms("  Dormio   dormio AURORA ")).containsExactly("dormio", "aurora");
        assertThat(ProductSearchAdapter.terms("name:x AND (*:*) OR \"y\"~2")).containsExactly("name", "x", "and", "or", "y", "2");
        assertThat(ProductSearchAdapter.terms("Schläfwerk 160x200")).containsExactly("schläfwerk", "160x200");
        assertThat(ProductSearchAdapter.terms("!!! ---")).isEmpty();
        assertThat(ProductSearchAdapter.terms("a b c d e f g h i j k l")).hasSize(10);
    }

    @Test
    void typing_errors_allowed_grow_with_the_word_as_elasticsearch_auto_fuzziness() {
        assertThat(ProductSearchAdapter.allowedEdits("co")).isZero();
        assertThat(ProductSearchAdapter.allowedEdits("lune")).isEqualTo(1);
        assertThat(ProductSearchAdapter.allowedEdits("auroa")).isEqualTo(1);
        assertThat(ProductSearchAdapter.allowedEdits("dormio")).isEqualTo(2);
    }

    @Test
    void up_to_two_words_must_all_match_and_then_three_in_four() {
        assertThat(ProductSearchAdapter.requiredTerms(1)).isEqualTo(1);
        assertThat(ProductSearchAdapter.requiredTerms(2)).isEqualTo(2);
        assertThat(ProductSearchAdapter.requiredTerms(3)).isEqualTo(3);
        assertThat(ProductSearchAdapter.requiredTerms(4)).isEqualTo(3);
        assertThat(ProductSearchAdapter.requiredTerms(5)).isEqualTo(4);
        assertThat(ProductSearchAdapter.requiredTerms(10)).isEqualTo(8);
    }
}
