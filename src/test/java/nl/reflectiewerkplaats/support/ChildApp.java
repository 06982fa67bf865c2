package nl.reflectiewerkplaats.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.reflectiewerkplaats.Application;

/** The app started as a child process (the benchmark, the kill-and-restart fault test). */
public final class ChildApp {

    private ChildApp() {
    }

    /**
     * Starts the app as a child JVM on {@code port}, its output appended to {@code log};
     * {@code args} add or override settings (e.g. the data folder or a MongoDB URI).
     */
    public static Process start(int port, Path log, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), Application.class.getName(), "--server.port=" + port,
                "--vaadin.launch-browser=false", "--spring.main.banner-mode=off"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.directory(Path.of("").toAbsolutePath().toFile());
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return pb.start();
    }

    /** A port nothing listens on now. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
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
