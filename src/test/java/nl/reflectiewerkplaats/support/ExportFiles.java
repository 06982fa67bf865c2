package nl.reflectiewerkplaats.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;

/** Reads what leaves the server as a file: a case export (zip) and a report (PDF), as a user would open them. */
public final class ExportFiles {

    private ExportFiles() {
    }

    /** The export's text files by name (its PDF files left out). */
    public static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!e.getName().endsWith(".pdf")) {
                    files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    /** The stored documents in an unzipped export's {@code casus.json}, by collection. */
    public static Document documents(Map<String, String> export) {
        return Document.parse(export.get("casus.json")).get("documenten", Document.class);
    }

    /** The text of a PDF, as a reader would copy it. */
    public static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
