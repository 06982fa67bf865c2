package nl.reflectiewerkplaats.timeline;

import nl.reflectiewerkplaats.base.InvalidInputException;

/** The date lies far in the future: the person is asked to confirm it, then the draft is sent again, confirmed. */
public class FarFutureDateException extends InvalidInputException {

    public FarFutureDateException() {
        super("error.timeline.farFuture", TimelineService.FAR_FUTURE_YEARS);
    }
}
