package org.marsad.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.marsad.pipeline.Pipeline;
import org.marsad.store.Json;
import org.marsad.store.Store;
import org.marsad.store.StoreException;

/**
 * Marsad's web server: the JSON API over a store and the web UI (static files from the class
 * path, {@code web/}). Errors are JSON objects {@code {"error": …, "status": …}} with their status.
 */
public final class Server implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Server.class);
    /** Pages may load only what the server itself serves; nothing inline, nothing from elsewhere. */
    private static final String CONTENT_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    private final Javalin app;

    /**
     * @param token the bearer token POST /api/articles needs; null for none, and then only
     *              requests from this machine may post
     */
    public Server(Store store, Pipeline pipeline, String token, long maxRequestBytes) {
        Api api = new Api(store, pipeline, token);
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = maxRequestBytes;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "no-cache");
            });
            config.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CONTENT_POLICY);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
            });
            config.routes.get("/api/health", api::health);
            config.routes.get("/api/search", api::search);
            config.routes.get("/api/events", api::events);
            config.routes.get("/api/timeline", api::timeline);
            config.routes.get("/api/network", api::network);
            config.routes.get("/api/places", api::places);
            config.routes.get("/api/articles", api::latest);
            config.routes.get("/api/articles/{id}", api::article);
            config.routes.post("/api/articles", api::post);
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
            config.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
            config.routes.exception(StoreException.class, (e, ctx) -> {
                LOG.error("store failure on {} {}", ctx.method(), ctx.path(), e);
                error(ctx, 500, e.getMessage());
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("failure on {} {}", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    error(ctx, 404, "not found: " + ctx.path());
                }
            });
        });
    }

    /** Starts listening; returns the port (useful with port 0, which takes a free one). */
    public int start(String host, int port) {
        app.start(host, port);
        return app.port();
    }

    static void json(Context ctx, JsonNode body) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(Json.MAPPER.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status);
        json(ctx, Json.MAPPER.createObjectNode().put("error", message == null ? HttpStatus.forStatus(status).getMessage()
                : message).put("status", status));
    }

    @Override
    public void close() {
        app.stop();
    }
}
