package nl.reflectiewerkplaats.support;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Counts the commands (round trips) that this test's own thread sends to the store while
 * something runs: the driver calls its listeners on the thread that sends, so what other
 * threads do meanwhile (live delivery, presence) is not counted.
 */
public class StoreCommands implements CommandListener {

    private final ThreadLocal<List<String>> recording = new ThreadLocal<>();

    /** The commands sent by this thread while {@code action} ran, as "command collection". */
    public List<String> during(Runnable action) {
        return during(() -> {
            action.run();
            return null;
        }).commands();
    }

    public <T> Recorded<T> during(Supplier<T> action) {
        List<String> commands = new ArrayList<>();
        recording.set(commands);
        try {
            T result = action.get();
            return new Recorded<>(result, List.copyOf(commands));
        } finally {
            recording.remove();
        }
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        List<String> commands = recording.get();
        if (commands != null) {
            var target = event.getCommand().get(event.getCommandName());
            commands.add(event.getCommandName() + (target != null && target.isString()
                    ? " " + target.asString().getValue() : ""));
        }
    }

    /** What an action returned and the commands it sent. */
    public record Recorded<T>(T result, List<String> commands) {
    }
}
