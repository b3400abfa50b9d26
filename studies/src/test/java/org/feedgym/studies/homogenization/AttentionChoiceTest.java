package org.feedgym.studies.homogenization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AttentionChoiceTest {

    private static final double[] DISCOUNT = AttentionChoice.discounts(10, -0.8);

    @Test
    void discountsAreRankPowers() {
        // 1^-0.8 = 1, 2^-0.8 = e^(-0.8 ln 2) = 0.574349, 3^-0.8 = e^(-0.8 ln 3) = 0.415244.
        assertArrayEquals(new double[] {1, 0.5743491774985174, 0.4152436465385058},
                AttentionChoice.discounts(3, -0.8), 1e-12);
    }

    @Test
    void theSecondItemWinsWhenItsUtilityOutweighsItsDiscount() {
        // 1·0.5 = 0.5; 2^-0.8·0.9 = 0.516914; 3^-0.8·0.2 = 0.083049.
        assertEquals(1, AttentionChoice.choose(new double[] {0.5, 0.9, 0.2}, 3, DISCOUNT));
    }

    @Test
    void theFirstItemWinsWhenTheDiscountOutweighsTheBetterUtility() {
        // 1·0.5 = 0.5 beats 2^-0.8·0.85 = 0.488197.
        assertEquals(0, AttentionChoice.choose(new double[] {0.5, 0.85}, 2, DISCOUNT));
    }

    @Test
    void aDeepItemNeedsAMuchLargerUtility() {
        // Position 10 weighs 10^-0.8 = 0.158489: 0.95 there is 0.150565, below 0.16 at position 1.
        double[] known = {0.16, 0, 0, 0, 0, 0, 0, 0, 0, 0.95};
        assertEquals(0, AttentionChoice.choose(known, 10, DISCOUNT));
        known[0] = 0.15;
        assertEquals(9, AttentionChoice.choose(known, 10, DISCOUNT));
    }

    @Test
    void tiesGoToTheEarlierPosition() {
        double[] flat = AttentionChoice.discounts(3, 0);
        assertEquals(0, AttentionChoice.choose(new double[] {0.3, 0.3, 0.3}, 3, flat));
    }
}
