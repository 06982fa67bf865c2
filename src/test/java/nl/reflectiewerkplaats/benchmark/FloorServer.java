package nl.reflectiewerkplaats.benchmark;

import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The floor of the live benchmark: a bare WebSocket server that sends every message
 * it receives to every open connection, with no framework, no store, no access check.
 */
final class FloorServer extends WebSocketServer {

    private final CountDownLatch started = new CountDownLatch(1);

    FloorServer() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
        setTcpNoDelay(true);
    }

    /** Starts and returns the port it listens on. */
    int startAndGetPort() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("floor server did not start");
        }
        return getPort();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        broadcast(message);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        System.err.println("floor server: " + ex);
    }

    @Override
    public void onStart() {
        started.countDown();
    }
}
