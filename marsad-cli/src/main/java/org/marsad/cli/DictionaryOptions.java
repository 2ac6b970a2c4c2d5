package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;

import org.marsad.actors.ActorDictionary;
import org.marsad.pipeline.Pipeline;

/** Actor tables of the user's own, read in front of the bundled ones (docs/DATA-FORMATS.md). */
final class DictionaryOptions {
    @Option(names = "--actors", paramLabel = "FILE",
            description = "An actor table of your own (the format of docs/DATA-FORMATS.md), taking precedence "
                    + "over the bundled tables; may be given more than once.")
    List<Path> tables = List.of();

    Pipeline pipeline() {
        return tables.isEmpty() ? Pipeline.standard() : new Pipeline(ActorDictionary.withExtra(tables));
    }
}
