package org.marsad.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.marsad.data.DataFile;
import org.marsad.model.Article;

/** Articles shipped on the class path: the files a folder's {@code index.tsv} lists, in its order. */
public final class BundledArticles {
    private BundledArticles() {
    }

    /**
     * The articles of {@code folder} (below {@link DataFile#ROOT}, ending in '/'); the index's first
     * column names each file, a row whose first field is "file" being its header.
     */
    public static List<Article> read(String folder) {
        List<Article> articles = new ArrayList<>();
        ArticleReader reader = new ArticleReader();
        for (DataFile.Row row : DataFile.resource(folder + "index.tsv")) {
            String name = row.get(0);
            if (name.equals("file")) {
                continue;
            }
            try (InputStream in = BundledArticles.class.getClassLoader()
                    .getResourceAsStream(DataFile.ROOT + folder + name)) {
                if (in == null) {
                    throw row.error("article " + name + " is missing");
                }
                reader.read(folder + name, in, articles::add, e -> {
                    throw row.error(e.message());
                });
            } catch (IOException e) {
                throw row.error(e.getMessage());
            }
        }
        return articles;
    }
}
