package nl.reflectiewerkplaats;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The workspace and the report take their instruments from the modules themselves,
 * through the {@code instrument} contract ({@code WorkspaceInstrument}, {@code ReportSection},
 * {@code CasePageLink}), so adding an instrument touches nothing else. They may use the
 * shared modules below, and nothing of an instrument module (dream, tensionfield,
 * perspective, language, art, timeline, genogram, interview, and every one added later).
 *
 * <p>{@code notes}, {@code cards} and {@code privacy} count as shared: notes are kept on
 * any topic and shown by several instruments, the werkkaarten and the case's attachments
 * belong to no single instrument.
 */
class InstrumentBoundaryTests {

    private static final String ROOT = "nl.reflectiewerkplaats";

    /** The modules the workspace and the report may use. */
    private static final String[] SHARED = {"instrument", "base", "live", "access", "casework", "round",
            "facilitation", "notes", "cards", "privacy", "workspace", "report"};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void workspaceAndReportUseNoInstrumentModuleOnlyTheInstrumentContract() {
        String[] shared = Arrays.stream(SHARED).map(m -> ROOT + "." + m + "..").toArray(String[]::new);
        ArchRule rule = noClasses().that().resideInAnyPackage(ROOT + ".workspace..", ROOT + ".report..")
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAnyPackage(shared))))
                .as("workspace and report depend on no instrument module, only on "
                        + String.join(", ", SHARED))
                .because("each instrument registers its own WorkspaceInstrument, ReportSection and CasePageLink "
                        + "beans, so that adding an instrument touches nothing outside its module");
        rule.check(classes);
    }
}
