package nl.reflectiewerkplaats.live;

/**
 * This node may have missed changes of the case (its change stream could not resume):
 * every open view of the case reloads its state from the store.
 */
public record LiveGap(String caseId) implements CaseEvent {

    @Override
    public boolean carriesCaseData() {
        return false;
    }

    @Override
    public boolean crossesNodes() {
        return false;
    }
}
