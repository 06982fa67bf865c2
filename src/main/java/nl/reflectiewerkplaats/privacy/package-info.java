/**
 * Privacy by design for case data: export and erasure of a whole case (on request,
 * AVG/GDPR), retention dates and the daily job that erases expired cases, and the
 * warning when a text looks like it identifies someone.
 *
 * <p>Export and erasure work on every collection generically: every document of a
 * case carries its {@code caseId} (or the {@code meetingId} of one of its meetings),
 * which a test keeps true for every stored type, so new instruments are included
 * without being listed here.
 */
@ApplicationModule(displayName = "privacy")
@NullMarked
package nl.reflectiewerkplaats.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
