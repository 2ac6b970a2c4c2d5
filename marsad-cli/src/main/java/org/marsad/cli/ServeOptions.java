package org.marsad.cli;

import picocli.CommandLine.Option;

/** Options of the commands that serve the web UI and API. */
final class ServeOptions {
    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 takes a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "0.0.0.0",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, every interface).")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:MARSAD_TOKEN}",
            description = "Bearer token that POST /api/articles needs (default: $MARSAD_TOKEN). "
                    + "Without one, only this machine may post.")
    String token;

    @Option(names = "--max-request-mb", paramLabel = "MB", defaultValue = "16",
            description = "Largest request body accepted, in megabytes (default: ${DEFAULT-VALUE}).")
    int maxRequestMb;

    /** Refuses impossible values before anything is opened. */
    void check() {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535: " + port);
        }
        if (maxRequestMb < 1 || maxRequestMb > 2047) {
            throw new IllegalArgumentException("--max-request-mb must be between 1 and 2047: " + maxRequestMb);
        }
    }
}
