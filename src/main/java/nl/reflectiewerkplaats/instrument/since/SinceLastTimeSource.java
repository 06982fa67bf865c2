package nl.reflectiewerkplaats.instrument.since;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * A module's part of "sinds de vorige keer": what of its shared content changed since the case's
 * previous meeting. Each module registers its own source as a bean; the overview takes them all
 * and knows none by name. A source reads through its own services as {@link SinceContext#actor()}
 * (so the access check and the access log apply) and gives only what everyone in the meeting may
 * see: never a private answer, never a round that was not revealed.
 */
@NamedInterface("since")
public interface SinceLastTimeSource {

    /** The entries for this window; none when nothing of this module changed. */
    List<SinceEntry> since(SinceContext context);
}
