package org.feedgym.env.world;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/** SHA-256 over every value a catalog exposes, to prove two catalogs byte-identical. */
final class CatalogHash {

    private CatalogHash() {
    }

    static String of(Catalog c) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        ByteBuffer b = ByteBuffer.allocate(8);
        for (Topic t : c.topics()) {
            sha.update((t.name() + "/" + t.harmClass().id() + ";").getBytes(StandardCharsets.UTF_8));
        }
        for (int i = 0; i < c.size(); i++) {
            double[] values = {c.itemId(i), c.topic(i), c.harm(i), c.harmful(i) ? 1 : 0, c.quality(i),
                c.durationSeconds(i), c.views(i), c.likes(i), c.shares(i), c.comments(i), c.downloads(i),
                c.popularity(i), c.likeRate(i)};
            for (double v : values) {
                sha.update(b.clear().putDouble(v).array());
            }
            for (int k = 0; k < c.dimensions(); k++) {
                sha.update(b.clear().putDouble(c.embedding(i, k)).array());
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
