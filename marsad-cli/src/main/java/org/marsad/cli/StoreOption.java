package org.marsad.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --store DIR} option every command that works on a store shares. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "marsad-data",
            description = "The store folder (default: ${DEFAULT-VALUE}); created when missing.")
    Path dir;
}
