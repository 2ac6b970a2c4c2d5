package org.marsad.cli;

import java.time.LocalDate;

import picocli.CommandLine.Option;

import org.marsad.read.InputFormat;
import org.marsad.read.ReadOptions;

/** The input options every command that reads articles shares. */
final class InputOptions {
    @Option(names = "--lang", paramLabel = "ar|ru|en|auto", defaultValue = "auto",
            description = "Language of the input (default: detected per article).")
    String lang;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date, when the input has none.")
    LocalDate date;

    @Option(names = "--input-format", paramLabel = "auto|text|html|jsonl|warc|feed", defaultValue = "auto",
            description = "How to read the input (default: by file name and content).")
    String inputFormat;

    ReadOptions readOptions() {
        return ReadOptions.defaults()
                .withFormat(InputFormat.parse(inputFormat))
                .withLang(lang.equals("auto") ? null : lang)
                .withDate(date);
    }
}
