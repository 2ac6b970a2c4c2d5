package org.marsad.cli;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

import org.marsad.pipeline.Pipeline;
import org.marsad.server.Server;
import org.marsad.store.Store;

/** Serves a store until the process is interrupted (Ctrl-C), then closes server and store cleanly. */
final class Serving {
    private Serving() {
    }

    static int serve(Store store, Pipeline pipeline, ServeOptions options, PrintStream out) throws InterruptedException {
        Server server = new Server(store, pipeline, options.token, options.maxRequestMb * 1024L * 1024L);
        int port;
        try {
            port = server.start(options.host, options.port);
        } catch (RuntimeException e) {
            store.close();
            throw new CommandFailure("cannot listen on " + options.host + ":" + options.port + ": "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }, "marsad-shutdown"));
        String host = options.host.equals("0.0.0.0") || options.host.equals("::") ? "localhost" : options.host;
        out.printf("Marsad is serving %s at http://%s:%d/ (Ctrl-C stops it)%n", store.dir(), host, port);
        out.flush();
        stopped.await();
        return 0;
    }
}
