package org.mercato.adapters.in.rest.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

    private static final String PLAIN = "\"abc\"";
    private static final String GZIP = "\"abc-gzip\"";

    @Test
    void a_listed_current_tag_matches_weakly() {
        assertThat(EntityTags.anyMatches("\"abc\"", PLAIN, GZIP)).isTrue();
        assertThat(EntityTags.anyMatches("W/\"abc-gzip\"", PLAIN, GZIP)).isTrue();
        assertThat(EntityTags.anyMatches("\"old\", \"abc\"", PLAIN, GZIP)).isTrue();
        assertThat(EntityTags.anyMatches("*", PLAIN, GZIP)).isTrue();
    }

    @Test
    void other_tags_prefixes_and_garbage_do_not_match() {
        assertThat(EntityTags.anyMatches("\"old\"", PLAIN, GZIP)).isFalse();
        assertThat(EntityTags.anyMatches("\"ab\"", PLAIN, GZIP)).isFalse();
        assertThat(EntityTags.anyMatches("\"abc-gz\"", PLAIN, GZIP)).isFalse();
        assertThat(EntityTags.anyMatches("abc", PLAIN, GZIP)).isFalse();
        assertThat(EntityTags.anyMatches("\"abc", PLAIN, GZIP)).isFalse();
        assertThat(EntityTags.anyMatches("W/", PLAIN, GZIP)).isFalse();
        assertThat(EntityTags.anyMatches("", PLAIN, GZIP)).isFalse();
        assertThat(EntityTags.anyMatches(" , ", PLAIN, GZIP)).isFalse();
    }
}
