/** The Werkkaarten page. */
@NullMarked
package nl.reflectiewerkplaats.cards.ui;

import org.jspecify.annotations.NullMarked;
