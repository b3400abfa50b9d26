package org.feedgym.env.parallel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class UserChunksTest {

    @Test
    void onAPoolEveryUserIsVisitedOnceInTheSameFixedChunksAsOnTheCallingThread() {
        int n = 3 * UserChunks.CHUNK + 5;
        ConcurrentLinkedQueue<List<Integer>> pooled = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<List<Integer>> single = new ConcurrentLinkedQueue<>();
        int[] visits = new int[n];
        ForkJoinPool pool = new ForkJoinPool(3);
        try {
            UserChunks.forEach(pool, n, (from, to) -> {
                pooled.add(List.of(from, to));
                for (int u = from; u < to; u++) {
                    visits[u]++;
                }
            });
        } finally {
            pool.shutdown();
        }
        UserChunks.forEach(null, n, (from, to) -> single.add(List.of(from, to)));
        int[] once = new int[n];
        java.util.Arrays.fill(once, 1);
        assertArrayEquals(once, visits);
        assertEquals(List.of(List.of(0, 256), List.of(256, 512), List.of(512, 768), List.of(768, 773)),
                List.copyOf(single));
        assertEquals(single.stream().sorted(java.util.Comparator.comparing(c -> c.get(0))).toList(),
                pooled.stream().sorted(java.util.Comparator.comparing(c -> c.get(0))).toList());
    }

    @Test
    void aNegativeUserCountIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UserChunks.forEach(null, -1, (from, to) -> { }));
        assertEquals("n must be >= 0, got -1", e.getMessage());
    }
}
