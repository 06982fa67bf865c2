package nl.reflectiewerkplaats.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The app started as a child process (the benchmark, the kill-and-restart fault test). */
public final class ChildApp {

    private ChildApp() {
    }

    /**
     * Waits until the child answers HTTP 200 on {@code /login}; returns the milliseconds
     * since {@code t0} (a {@link System#nanoTime()}). Fails if the child stops first or
     * does not answer within {@code limit}; {@code logHint} says where its log is.
     */
    public static double waitForLogin(String base, Process process, Duration limit, long t0, String logHint)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app stopped before it answered (see " + logHint + ")");
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return (System.nanoTime() - t0) / 1e6;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(25);
        }
        throw new IllegalStateException("no HTTP 200 on /login within " + limit);
    }
}
