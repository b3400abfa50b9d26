package org.feedgym.env.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void wordsAreLowerCasedAndStopWordsAndSingleLettersDropped() {
        assertEquals(List.of("someone", "shared", "drone", "deliveries", "2025"),
                Tokenizer.terms("Someone shared with me that a drone-deliveries... 2025!"));
    }

    @Test
    void chineseRunsBecomeCharacterBigrams() {
        assertEquals(List.of("精神", "神小", "小伙", "vlog", "好"), Tokenizer.terms("精神小伙 vlog 好"));
    }

    @Test
    void fullWidthFormsAreNormalised() {
        assertEquals(List.of("abc", "12"), Tokenizer.terms("ＡＢＣ １２"));
    }
}
