package nl.reflectiewerkplaats;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
        EvaluationResult result = rule.evaluate(classes);
        // the short answer first (which class reaches which instrument module), then ArchUnit's full list
        assertThat(result.hasViolation())
                .as("instrument modules used by workspace and report: %s%n%s", reached(), result.getFailureReport())
                .isFalse();
    }

    /** Per class of workspace and report, the modules outside {@link #SHARED} that it uses. */
    private Map<String, Set<String>> reached() {
        Set<String> shared = Set.of(SHARED);
        Map<String, Set<String>> reached = new TreeMap<>();
        for (JavaClass origin : classes) {
            String from = origin.getPackageName();
            if (!from.startsWith(ROOT + ".workspace") && !from.startsWith(ROOT + ".report")) {
                continue;
            }
            for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                String to = d.getTargetClass().getPackageName();
                if (to.startsWith(ROOT + ".")) {
                    String module = to.substring(ROOT.length() + 1).split("\\.")[0];
                    if (!shared.contains(module)) {
                        reached.computeIfAbsent(origin.getName().replaceFirst("\\$.*", "").substring(ROOT.length() + 1),
                                k -> new TreeSet<>()).add(module);
                    }
                }
            }
        }
        return reached;
    }
}
