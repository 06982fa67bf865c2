package nl.reflectiewerkplaats.live;

/** Someone who has a meeting's workspace open right now. */
public record Presence(String actorId, String displayName, String roleOrOrganisation, boolean facilitator) {
}
