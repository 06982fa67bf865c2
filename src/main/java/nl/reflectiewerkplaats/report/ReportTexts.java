package nl.reflectiewerkplaats.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The app's Dutch texts, for pictures drawn outside a browser session (the report is Dutch). */
final class ReportTexts {

    private static final Properties DUTCH = load();

    private ReportTexts() {
    }

    static String dutch(String key) {
        return DUTCH.getProperty(key, key);
    }

    private static Properties load() {
        Properties texts = new Properties();
        try (InputStream in = ReportTexts.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            if (in != null) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
