/** The page layout, the app shell, dates, drafts, add fields and the Dutch messages every view uses. */
@NullMarked
package nl.reflectiewerkplaats.base.ui;

import org.jspecify.annotations.NullMarked;
