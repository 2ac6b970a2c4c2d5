package org.marsad.read;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.marsad.model.Article;

/**
 * Turns inputs into articles: plain-text pages, HTML pages, JSONL (or a JSON array), WARC files
 * (gzip or not), RSS and Atom feeds (an article per item), gzip-compressed files of these,
 * folders (every file below, hidden ones aside, in sorted order) and {@code -} for standard input.
 * Every input that can't be read, and every bad line, record or feed item in one, becomes an {@link InputError}; the other inputs go on. JSONL, WARC and
 * feeds are streamed; a text or HTML file, a JSONL line and a WARC record are held whole, up to
 * {@link ReadOptions#maxBytes()}. Thread-safe: one reader may serve many threads.
 */
public final class ArticleReader {
    /** Bytes looked at to decide an input's format. */
    private static final int HEAD = 8192;
    private static final int BUFFER = 1 << 16;

    private final ReadOptions options;
    private final Articles articles;
    private final HtmlExtractor html = new HtmlExtractor();
    private final JsonArticles json;
    private final WarcArticles warc;
    private final FeedArticles feeds;

    public ArticleReader(ReadOptions options) {
        this.options = options;
        this.articles = new Articles(options);
        this.json = new JsonArticles(articles, options.maxBytes());
        this.warc = new WarcArticles(html, articles, options.maxBytes());
        this.feeds = new FeedArticles(html, articles, options.maxBytes());
    }

    public ArticleReader() {
        this(ReadOptions.defaults());
    }

    /** Reads paths (files or folders) and {@code -} for standard input, in the order given. */
    public void read(List<String> inputs, Consumer<Article> out, Consumer<InputError> errors) {
        for (String input : inputs) {
            if (input.equals("-")) {
                read("-", System.in, out, errors);
                continue;
            }
            Path path;
            try {
                path = Path.of(input);
            } catch (InvalidPathException e) {
                errors.accept(new InputError(input, 0, "not a valid path: " + e.getReason()));
                continue;
            }
            if (Files.isDirectory(path)) {
                for (Path file : files(path, errors)) {
                    readFile(file, out, errors);
                }
            } else {
                readFile(path, out, errors);
            }
        }
    }

    /** Reads one input from a stream, which is left open; {@code origin} names it in articles and errors. */
    public void read(String origin, InputStream in, Consumer<Article> out, Consumer<InputError> errors) {
        guarded(origin, out, errors, (o, e) -> readStream(origin, origin, -1, new Unclosed(in), o, e));
    }

    private void readFile(Path file, Consumer<Article> out, Consumer<InputError> errors) {
        String origin = file.toString();
        Path name = file.getFileName();
        guarded(origin, out, errors, (o, e) -> {
            try (InputStream in = Files.newInputStream(file)) {
                readStream(origin, name == null ? origin : name.toString(), Files.size(file), in, o, e);
            }
        });
    }

    private void readStream(String origin, String name, long size, InputStream raw, Consumer<Article> out,
                            Consumer<InputError> errors) throws IOException, ReadException {
        BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
        byte[] head = peek(in);
        InputFormat format = options.format();
        boolean warcAsIs = format == InputFormat.WARC || (format == InputFormat.AUTO && Sniffer.isWarcName(name));
        if (Sniffer.isGzip(head, head.length) && !warcAsIs) {
            in = new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
            name = Sniffer.withoutGz(name);
            size = -1;
            head = peek(in);
        }
        if (format == InputFormat.AUTO) {
            format = Sniffer.detect(name, head, head.length);
        }
        switch (format) {
            case WARC -> warc.read(origin, in, out, errors);
            case FEED -> feeds.read(origin, in, out, errors);
            case JSONL -> {
                Decoding.checkText(head, head.length);
                json.read(origin, in, Sniffer.firstNonBlank(head, head.length), out, errors);
            }
            default -> out.accept(whole(origin, size, in, format));
        }
    }

    /** A text or HTML file, read whole. */
    private Article whole(String origin, long size, InputStream in, InputFormat format)
            throws IOException, ReadException {
        long max = options.maxBytes();
        if (size > max) {
            throw new ReadException("file of " + size + " bytes is over the limit of " + max + " bytes");
        }
        byte[] bytes = in.readNBytes((int) max + 1);
        if (bytes.length > max) {
            throw new ReadException("input over the limit of " + max + " bytes");
        }
        Decoding.checkText(bytes, bytes.length);
        Article article;
        if (format == InputFormat.HTML) {
            String page = Decoding.decode(bytes, Decoding.htmlCharset(bytes, null));
            HtmlExtractor.Page p = html.extract(page, null);
            article = articles.make(null, p.url(), p.title(), p.lang(), p.date(), p.text(), p.sections(), origin);
        } else {
            String text = Decoding.decode(bytes, StandardCharsets.UTF_8);
            TextLayout.Layout layout = TextLayout.of(text);
            article = articles.make(null, null, layout.title(), null, null, text, layout.sections(), origin);
        }
        if (article.sections().isEmpty()) {
            throw new ReadException("no text in it");
        }
        return article;
    }

    private static byte[] peek(BufferedInputStream in) throws IOException {
        in.mark(HEAD);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        return head;
    }

    /** Regular files below a folder, following links, without hidden files and folders, sorted. */
    private static List<Path> files(Path folder, Consumer<InputError> errors) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !hidden(file)) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            errors.accept(new InputError(file.toString(), 0, reason(e)));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            errors.accept(new InputError(folder.toString(), 0, reason(e)));
        }
        files.sort(null);
        return files;
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemLoopException) {
            return "a symbolic link loops back to a folder above it";
        }
        if (e instanceof ZipException || e instanceof EOFException) {
            return "broken or truncated compressed data: " + e.getMessage();
        }
        return "cannot read: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
    }

    private interface Action {
        void run(Consumer<Article> out, Consumer<InputError> errors) throws IOException, ReadException;
    }

    /**
     * Runs one input's reading, turning what goes wrong into an error for that input, so that the
     * others go on; failures of the caller's own consumers are passed through untouched.
     */
    private static void guarded(String origin, Consumer<Article> out, Consumer<InputError> errors, Action action) {
        try {
            action.run(a -> {
                try {
                    out.accept(a);
                } catch (RuntimeException e) {
                    throw new ConsumerFailure(e);
                }
            }, err -> {
                try {
                    errors.accept(err);
                } catch (RuntimeException e) {
                    throw new ConsumerFailure(e);
                }
            });
        } catch (ConsumerFailure e) {
            throw (RuntimeException) e.getCause();
        } catch (ReadException e) {
            errors.accept(e.toError(origin));
        } catch (IOException e) {
            errors.accept(new InputError(origin, 0, reason(e)));
        } catch (RuntimeException e) {
            errors.accept(new InputError(origin, 0, "cannot read: " + e));
        }
    }

    /** Marks an exception thrown by the caller's consumer, which is not the input's fault. */
    private static final class ConsumerFailure extends RuntimeException {
        ConsumerFailure(RuntimeException cause) {
            super(cause);
        }
    }

    /** Keeps a caller's stream (standard input) open when a format reader closes what it reads. */
    private static final class Unclosed extends FilterInputStream {
        Unclosed(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }
}
