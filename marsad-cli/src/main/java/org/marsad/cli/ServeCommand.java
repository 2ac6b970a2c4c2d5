package org.marsad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import org.marsad.pipeline.Pipeline;
import org.marsad.store.Store;

/** {@code marsad serve}: the web UI and JSON API over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the web UI and the JSON API over a store until interrupted.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    ServeOptions serve;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        serve.check();
        Store s = Store.open(store.dir);
        return Serving.serve(s, Pipeline.standard(), serve, out);
    }
}
