/**
 * Zelf reflecteren: between meetings a participant works alone through one or a few
 * spanningsvelden by a personal link — a place between the poles and answers in their
 * own words. It stays theirs: at the next meeting only they see it and choose what to
 * bring in (their place as a private placement in the round, an answer shared by a tick).
 */
@NullMarked
package nl.reflectiewerkplaats.solo;

import org.jspecify.annotations.NullMarked;
