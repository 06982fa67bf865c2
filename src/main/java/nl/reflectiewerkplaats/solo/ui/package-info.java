/** The solo reflection page behind the personal link, the facilitator's invitations, and the part in the spanningsveld panel. */
@NullMarked
package nl.reflectiewerkplaats.solo.ui;

import org.jspecify.annotations.NullMarked;
