package nl.reflectiewerkplaats.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import com.vaadin.flow.server.VaadinServlet;
import java.util.List;
import nl.reflectiewerkplaats.support.WebServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * The push connection as a browser opens it: a WebSocket upgrade of Vaadin's push URL,
 * offering permessage-deflate as Chromium does. The server accepts the upgrade and does
 * not take up the compression (each open view would hold a deflater and an inflater).
 */
class PushConnectionTests extends WebServerTest {

    @Autowired
    List<ServletRegistrationBean<?>> servlets;

    /**
     * Atmosphere reads its settings from the servlet's own configuration: there its pool of
     * push writers is told to let idle threads end (it would keep 200 for good otherwise).
     */
    @Test
    void idlePushWriterThreadsEnd() {
        VaadinServlet vaadin = servlets.stream().map(ServletRegistrationBean::getServlet)
                .filter(VaadinServlet.class::isInstance).map(VaadinServlet.class::cast).findFirst().orElseThrow();

        assertThat(vaadin.getServletConfig().getInitParameter("org.atmosphere.cpr.allowCoreThreadTimeOut")).isEqualTo("true");
        assertThat(vaadin.getServletConfig().getInitParameter("org.atmosphere.cpr.threadPool.maxKeepAliveThreads"))
                .isEqualTo("30");
    }

    @Test
    void thePushConnectionIsUpgradedWithoutCompression() throws Exception {
        String response = handshake("/VAADIN/push?v-r=push&v-uiId=0&v-pushId=none&X-Atmosphere-tracking-id=0"
                + "&X-Atmosphere-Transport=websocket");

        assertThat(response).startsWith("HTTP/1.1 101");
        assertThat(response.toLowerCase()).contains("upgrade: websocket").doesNotContain("sec-websocket-extensions");
    }

    /** Sends a WebSocket opening handshake and returns the response's status line and headers. */
    private String handshake(String path) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\n"
                    + "Host: localhost:" + port + "\r\n"
                    + "Connection: Upgrade\r\n"
                    + "Upgrade: websocket\r\n"
                    + "Sec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"
                    + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                head.append((char) b);
            }
            return head.toString();
        }
    }
}
