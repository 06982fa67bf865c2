package nl.reflectiewerkplaats.decision;

import java.util.List;

/**
 * The revealed spread of a decision's levels: every one of the six levels with how many
 * chose it (and who, in a named round), in the levels' order.
 *
 * @param levels the six levels, "doordrukken" first
 */
public record Spread(List<LevelCount> levels) {

    public Spread {
        levels = List.copyOf(levels);
    }

    /** One level with how many chose it, and their names when the round was named (else empty). */
    public record LevelCount(String id, String name, boolean acceptable, int count, List<String> names) {
        public LevelCount {
            names = List.copyOf(names);
        }
    }

    public int total() {
        return levels.stream().mapToInt(LevelCount::count).sum();
    }

    /** How many named an acceptable level (consent or synergie). */
    public int acceptable() {
        return levels.stream().filter(LevelCount::acceptable).mapToInt(LevelCount::count).sum();
    }
}
