package nl.reflectiewerkplaats.spiderweb;

import java.util.ArrayList;
import java.util.List;

/**
 * Where things lie on a spinnenweb of {@code axes} spokes around a centre: the first spoke
 * points up, the others follow clockwise; a score of {@code max} lies on the outer ring.
 * Shared by the web on screen and the one in the report.
 */
public record Radar(int axes, int max, double centreX, double centreY, double radius) {

    /** The point of {@code value} on spoke {@code index}. */
    public double[] point(int index, double value) {
        double angle = Math.toRadians(-90 + 360.0 * index / axes);
        double r = radius * Math.max(0, Math.min(value, max)) / max;
        return new double[] {centreX + r * Math.cos(angle), centreY + r * Math.sin(angle)};
    }

    /** The corners of ring {@code step} (1 … max). */
    public List<double[]> ring(int step) {
        List<double[]> corners = new ArrayList<>();
        for (int i = 0; i < axes; i++) {
            corners.add(point(i, step));
        }
        return corners;
    }

    /**
     * The corners of a web: one per scored spoke, in spoke order ({@code scores} holds a
     * score or null per spoke; an unscored spoke is left out).
     */
    public List<double[]> web(List<Double> scores) {
        List<double[]> corners = new ArrayList<>();
        for (int i = 0; i < axes && i < scores.size(); i++) {
            if (scores.get(i) != null) {
                corners.add(point(i, scores.get(i)));
            }
        }
        return corners;
    }
}
