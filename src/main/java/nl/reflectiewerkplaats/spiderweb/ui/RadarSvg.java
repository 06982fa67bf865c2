package nl.reflectiewerkplaats.spiderweb.ui;

import com.vaadin.flow.component.Html;
import java.util.List;
import java.util.Locale;
import nl.reflectiewerkplaats.cards.ActInstruments;
import nl.reflectiewerkplaats.spiderweb.Radar;
import nl.reflectiewerkplaats.spiderweb.Web;

/**
 * A spinnenweb drawn on the server as inline SVG: the rings of the scale, a spoke per
 * competency with its name, and one polygon per web (the first on top). Only our own
 * labels and numbers go in; no user text.
 */
final class RadarSvg {

    /** How one web is drawn. */
    record Layer(Web web, String stroke, String fill, boolean dashed, String cssClass) {
    }

    private static final int WIDTH = 600;
    private static final int HEIGHT = 440;

    private RadarSvg() {
    }

    static Html of(ActInstruments.Competencies competencies, List<Layer> layers, String title) {
        List<ActInstruments.Competency> items = competencies.items();
        int max = competencies.scale().size();
        Radar radar = new Radar(items.size(), max, WIDTH / 2.0, HEIGHT / 2.0, 160);
        StringBuilder svg = new StringBuilder("<div class=\"rw-web-picture\"><svg role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"100%\" aria-label=\"").append(escape(title))
                .append("\">");
        for (int step = 1; step <= max; step++) {
            svg.append("<polygon points=\"").append(points(radar.ring(step)))
                    .append("\" fill=\"none\" stroke=\"#dcdfe3\" stroke-width=\"").append(step == max ? 1.5 : 1).append("\"/>");
        }
        for (int i = 0; i < items.size(); i++) {
            double[] end = radar.point(i, max);
            svg.append("<line x1=\"").append(n(radar.centreX())).append("\" y1=\"").append(n(radar.centreY()))
                    .append("\" x2=\"").append(n(end[0])).append("\" y2=\"").append(n(end[1]))
                    .append("\" stroke=\"#dcdfe3\"/>");
            double[] at = radar.point(i, max + 0.45);
            String anchor = Math.abs(at[0] - radar.centreX()) < 5 ? "middle" : at[0] < radar.centreX() ? "end" : "start";
            svg.append("<text x=\"").append(n(at[0])).append("\" y=\"").append(n(at[1] + 5))
                    .append("\" text-anchor=\"").append(anchor).append("\" font-size=\"16\" fill=\"#1f2a37\">")
                    .append(escape(items.get(i).name())).append("</text>");
        }
        for (Layer layer : layers.reversed()) {
            List<Double> scores = items.stream().map(c -> layer.web().scores().get(c.id())).toList();
            List<double[]> corners = radar.web(scores);
            if (corners.isEmpty()) {
                continue;
            }
            svg.append("<g class=\"").append(layer.cssClass()).append("\">");
            svg.append("<polygon points=\"").append(points(corners)).append("\" fill=\"").append(layer.fill())
                    .append("\" stroke=\"").append(layer.stroke()).append("\" stroke-width=\"2.5\"")
                    .append(layer.dashed() ? " stroke-dasharray=\"6 5\"" : "").append("/>");
            for (double[] c : corners) {
                svg.append("<circle cx=\"").append(n(c[0])).append("\" cy=\"").append(n(c[1]))
                        .append("\" r=\"4\" fill=\"").append(layer.stroke()).append("\"/>");
            }
            svg.append("</g>");
        }
        return new Html(svg.append("</svg></div>").toString());
    }

    private static String points(List<double[]> corners) {
        StringBuilder points = new StringBuilder();
        for (double[] c : corners) {
            points.append(n(c[0])).append(',').append(n(c[1])).append(' ');
        }
        return points.toString().strip();
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
