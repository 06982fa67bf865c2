/**
 * History of a case's shared documents (the timeline, the geno-sociogram): every change kept as a
 * version (who, when, what), undo (one's own last change; the facilitator any) and restore to the
 * end of an earlier meeting. Instruments record through {@code instrument.history.ChangeJournal} and
 * put states back through their own {@code HistoryTarget}; this module names no instrument.
 */
@NullMarked
package nl.reflectiewerkplaats.history;

import org.jspecify.annotations.NullMarked;
