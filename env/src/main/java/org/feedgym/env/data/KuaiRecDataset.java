package org.feedgym.env.data;

import java.io.IOException;
import java.util.List;
import org.feedgym.env.world.CatalogConfig;
import org.feedgym.env.world.HarmClass;

/**
 * Dataset {@code kuairec} ({@link KuaiRecItems}, side tables; no interaction matrix is
 * available): text = cover text, caption, hashtags and category names (Chinese); topic = the
 * first tag id ({@code tag-N}), and the catalog keeps every item's tag list
 * ({@link org.feedgym.env.world.Catalog#categories}); counts 0 (no statistics in these tables, so popularity is 0 for
 * all); quality 0.5; duration = default. Harm: {@code lexicon} (default; the built-in lexicon has
 * Chinese terms such as 减肥 "lose weight", 自杀 "suicide") or {@code none}.
 */
final class KuaiRecDataset implements DatasetReader {

    @Override
    public String type() {
        return "kuairec";
    }

    @Override
    public String defaultPath() {
        return "kuairec";
    }

    @Override
    public List<String> harmRules() {
        return List.of("lexicon", "none");
    }

    @Override
    public boolean clustered(LogColumns columns) {
        return false;
    }

    @Override
    public DataCatalog load(CatalogConfig config, CatalogOptions options) throws IOException {
        KuaiRecItems k = KuaiRecItems.read(DatasetRegistry.path(config), DatasetRegistry.readOptions(config));
        int n = CatalogAssembly.cap(k.size(), config);
        CatalogAssembly items = new CatalogAssembly(n);
        HarmLexicon lexicon = CatalogAssembly.lexicon(config);
        items.categoryLists = new int[n][];
        for (int i = 0; i < n; i++) {
            items.text[i] = k.text(i);
            items.id[i] = k.videoId(i);
            items.categoryLists[i] = k.tags(i);
            items.category[i] = "tag-" + items.categoryLists[i][0];
            items.quality[i] = 0.5;
            items.duration[i] = config.defaultDurationSeconds();
            if (config.harmRule().equals("lexicon")) {
                items.lexicon(i, lexicon);
            } else {
                items.harm(i, 0, false, HarmClass.NONE);
            }
        }
        return items.build(config, options, k.report(), null, false);
    }
}
