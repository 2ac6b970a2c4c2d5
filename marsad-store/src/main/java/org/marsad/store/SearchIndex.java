package org.marsad.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene full-text index, derived from the database: each commit records the number of the
 * last article it holds, so that after a crash the store indexes what the database has beyond it.
 * Articles are keyed by id, so indexing one twice replaces it.
 */
final class SearchIndex implements AutoCloseable {
    private static final String SEQ = "seq";

    private final Directory dir;
    private final Analyzer analyzer = Fields.perField();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final UnifiedHighlighter highlighter;
    private long seq;

    SearchIndex(Path path) throws IOException {
        dir = FSDirectory.open(path);
        seq = DirectoryReader.indexExists(dir)
                ? Long.parseLong(SegmentInfos.readLatestCommit(dir).getUserData().getOrDefault(SEQ, "0")) : 0;
        writer = new IndexWriter(dir, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        searchers = new SearcherManager(writer, null);
        highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withFormatter(new MatchSpans())
                .withMaxNoHighlightPassages(0)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .build();
    }

    /** The number of the last article the index holds. */
    long seq() {
        return seq;
    }

    /** Indexes documents (replacing any with the same id) and commits, recording {@code lastSeq}. */
    void add(List<org.apache.lucene.document.Document> docs, List<String> ids, long lastSeq) throws IOException {
        for (int i = 0; i < docs.size(); i++) {
            writer.updateDocument(new Term(Fields.ID, ids.get(i)), docs.get(i));
        }
        writer.setLiveCommitData(Map.of(SEQ, Long.toString(lastSeq)).entrySet());
        writer.commit();
        seq = lastSeq;
        searchers.maybeRefresh();
    }

    /** Ids of the best hits, and how many documents match in all. */
    record Hits(long total, List<String> ids) {
    }

    Hits search(Query query, int limit) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            int total = searcher.count(query);
            List<String> ids = new ArrayList<>();
            if (limit > 0) {
                TopDocs top = searcher.search(query, limit);
                for (ScoreDoc sd : top.scoreDocs) {
                    ids.add(searcher.storedFields().document(sd.doc).get(Fields.ID));
                }
            }
            return new Hits(total, ids);
        } finally {
            searchers.release(searcher);
        }
    }

    int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** The stretches of {@code text} (stored in {@code field}) that the query's words match, in order. */
    List<int[]> matches(String field, Query query, String text) throws IOException {
        Object found = highlighter.highlightWithoutSearcher(field, query, text, 3);
        @SuppressWarnings("unchecked")
        List<int[]> spans = found == null ? List.of() : (List<int[]>) found;
        return spans;
    }

    /** Gives the highlighter's passages as the spans of their matches. */
    private static final class MatchSpans extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<int[]> spans = new ArrayList<>();
            for (Passage p : passages) {
                for (int i = 0; i < p.getNumMatches(); i++) {
                    spans.add(new int[] {p.getMatchStarts()[i], p.getMatchEnds()[i]});
                }
            }
            spans.sort((a, b) -> Integer.compare(a[0], b[0]));
            return spans;
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        dir.close();
    }
}
