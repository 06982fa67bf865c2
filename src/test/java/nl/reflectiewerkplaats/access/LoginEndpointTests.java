package nl.reflectiewerkplaats.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.reflectiewerkplaats.support.TestData;
import nl.reflectiewerkplaats.support.WebServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Spring's form login (set up by Vaadin's {@code loginView}) accepts {@code POST /login}
 * directly, outside the login view. An attacker with a plain HTTP client must meet the
 * same throttle as the login page: after the limit even the right password is refused.
 */
class LoginEndpointTests extends WebServerTest {

    @Autowired
    TestData data;

    @Test
    void directPostsToTheLoginEndpointAreThrottledLikeTheLoginPage() throws Exception {
        Actor.Facilitator target = data.facilitator();
        String username = data.usernameOf(target);

        // before the limit, the right password is accepted by the endpoint (so the check below can fail)
        assertThat(post(username, TestData.PASSWORD)).as("juist wachtwoord vóór de grens").isEqualTo("accepted");

        int refused = 0;
        for (int i = 0; i < 30; i++) {
            String outcome = post(username, "geraden-wachtwoord-" + i);
            assertThat(outcome).isNotEqualTo("accepted");
            if (outcome.equals("throttled")) {
                refused++;
            }
        }
        // the right password after the limit does not log in
        String after = post(username, TestData.PASSWORD);
        System.out.printf("%nPOST /login: 30 foute pogingen, %d geweigerd door de rem; juist wachtwoord daarna: %s%n",
                refused, after);
        assertThat(refused).as("pogingen geweigerd na de grens van 5").isEqualTo(25);
        assertThat(after).isEqualTo("throttled");
    }

    /** One attacker's attempt in a fresh session, as a plain HTTP client would make it. */
    private String post(String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        // whatever the login page hands out (a CSRF token, a session), the attacker has it too
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        if (csrf.find()) {
            form += "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        }
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() / 100 == 3 && !location.contains("error")) {
            return "accepted";
        }
        if (response.statusCode() == 429 || location.contains("error=throttled")) {
            return "throttled";
        }
        return "refused " + response.statusCode() + " " + location;
    }
}
