package nl.reflectiewerkplaats.tensionfield;

import java.util.ArrayList;
import java.util.List;

/**
 * How a group is spread over a line: its outer ends and its clusters (markers
 * closer than {@link #CLUSTER_GAP} to their neighbour). Describes, never ranks.
 */
public record Spread(double min, double max, List<Cluster> clusters) {

    public static final double CLUSTER_GAP = 0.08;

    public record Cluster(double from, double to, int size) {
    }

    public static Spread of(List<Double> positions) {
        if (positions.isEmpty()) {
            return new Spread(0, 0, List.of());
        }
        List<Double> sorted = positions.stream().sorted().toList();
        List<Cluster> clusters = new ArrayList<>();
        double start = sorted.getFirst();
        double previous = start;
        int size = 1;
        for (int i = 1; i < sorted.size(); i++) {
            double p = sorted.get(i);
            if (p - previous > CLUSTER_GAP) {
                clusters.add(new Cluster(start, previous, size));
                start = p;
                size = 0;
            }
            size++;
            previous = p;
        }
        clusters.add(new Cluster(start, previous, size));
        return new Spread(sorted.getFirst(), sorted.getLast(), List.copyOf(clusters));
    }
}
