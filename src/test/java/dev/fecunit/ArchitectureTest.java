package dev.fecunit;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of fecunit that docs/design.md states, checked on the compiled classes with
 * ArchUnit: the layer arrows (read -> analyse -> assertions | report <- junit, cli), no cycle between
 * packages, no static cache, and the public API as the README lists it (its section "The public API").
 *
 * <p>ArchUnit is used through its plain library in ordinary Jupiter tests rather than through its own test
 * engine: {@code archunit-junit5}'s engine is built for JUnit Platform 1.x (ArchUnit ships a separate
 * {@code archunit-junit6}), and these tests must run in both Surefire executions (JUnit 5.14 and 6.1.3).
 */
class ArchitectureTest {

    private static final JavaClasses FECUNIT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dev.fecunit");

    /**
     * The arrows of docs/design.md: reading knows nothing of analysis; analysis knows nothing of rendering,
     * JUnit or AssertJ; assertions and the report only consume analysis; the JUnit extension and the CLI
     * are glue at the top that nothing uses.
     */
    @Test
    void eachLayerUsesOnlyTheLayersBeforeIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("read").definedBy("dev.fecunit", "dev.fecunit.internal.io..")
                .layer("format").definedBy("dev.fecunit.internal.format..")
                .layer("analyse").definedBy("dev.fecunit.analysis..", "dev.fecunit.internal.analysis..",
                        "dev.fecunit.verdict..", "dev.fecunit.internal.verdict..", "dev.fecunit.internal.history..",
                        "dev.fecunit.baseline..", "dev.fecunit.internal.baseline..", "dev.fecunit.sweep..",
                        "dev.fecunit.internal.sweep..", "dev.fecunit.history..")
                .layer("assertions").definedBy("dev.fecunit.assertj..")
                .layer("report").definedBy("dev.fecunit.report..", "dev.fecunit.internal.report..")
                .layer("glue").definedBy("dev.fecunit.junit..", "dev.fecunit.internal.cli..")
                .whereLayer("glue").mayNotBeAccessedByAnyLayer()
                .whereLayer("assertions").mayNotBeAccessedByAnyLayer()
                .whereLayer("report").mayOnlyBeAccessedByLayers("glue")
                .whereLayer("analyse").mayOnlyBeAccessedByLayers("assertions", "report", "glue")
                .check(FECUNIT);
    }

    /** Numbers to text and back ({@code format}) serve every stage, so they use none. */
    @Test
    void numberFormattingUsesNoOtherPartOfFecunit() {
        noClasses().that().resideInAPackage("dev.fecunit.internal.format..")
                .should().dependOnClassesThat(resideInFecunitOutside("dev.fecunit.internal.format"))
                .check(FECUNIT);
    }

    /**
     * Reading knows nothing of the run it serves: {@code internal.io} returns what the files hold in types of
     * its own, and {@code Run.load} assembles the run from them, so the read stage's arrow points one way.
     */
    @Test
    void readingUsesOnlyNumberFormatting() {
        noClasses().that().resideInAPackage("dev.fecunit.internal.io..")
                .should().dependOnClassesThat(describe("reside in fecunit outside internal.io and internal.format",
                        (JavaClass c) -> c.getPackageName().startsWith("dev.fecunit")
                                && !c.getPackageName().startsWith("dev.fecunit.internal.io")
                                && !c.getPackageName().startsWith("dev.fecunit.internal.format")))
                .check(FECUNIT);
    }

    /** The figures are the bottom of the analysis stage: verdicts, baselines, sweeps and histories read them. */
    @Test
    void theFiguresKnowNothingOfVerdictsBaselinesSweepsOrHistories() {
        noClasses().that().resideInAnyPackage("dev.fecunit.analysis..", "dev.fecunit.internal.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.fecunit.verdict..", "dev.fecunit.baseline..",
                        "dev.fecunit.internal.verdict..", "dev.fecunit.internal.history..",
                        "dev.fecunit.internal.baseline..", "dev.fecunit.sweep..",
                        "dev.fecunit.internal.sweep..", "dev.fecunit.history..")
                .check(FECUNIT);
    }

    /** No two packages use each other, directly or through others ({@code dev.fecunit} itself counts as one). */
    @Test
    void noPackagesDependOnEachOtherInACircle() {
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(FECUNIT);
    }

    /**
     * No figure is cached in a static map (one lock for every parallel test, entries that outlive their
     * run's meaning): a run's figures are held by the run ({@code dev.fecunit.internal.analysis.HeldFigures}).
     */
    @Test
    void noStaticFieldHoldsAMap() {
        noFields().that().areStatic().and().areDeclaredInClassesThat().resideInAPackage("dev.fecunit..")
                .and(not(CONSTANT_TABLES))
                .should().haveRawType(assignableTo(Map.class))
                .because("a cache keyed by run belongs with the run (HeldFigures), not in a global map")
                .check(FECUNIT);
        noClasses().that().resideInAPackage("dev.fecunit..")
                .should().callMethod(Collections.class, "synchronizedMap", Map.class)
                .orShould().callConstructorWhere(describe("a WeakHashMap constructor",
                        call -> call.getTargetOwner().isAssignableTo(WeakHashMap.class)))
                .because("a run's figures are held by the run, not in a synchronized or weak global map")
                .check(FECUNIT);
    }

    /** Every public type is one that users may rely on: listed in the README's table "The public API". */
    @Test
    void everyPublicTypeIsListedAsPublicApi() throws IOException {
        List<String> api = publicApiList();
        Set<String> unlisted = publicTypes().stream().filter(type -> !listed(api, type))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(unlisted).as("public types that are not in the table of README.md, \"The public API\": make "
                + "each package-private (or move it to an internal package), or add it to the list if users may "
                + "rely on it").isEmpty();
    }

    /** The example tests a user copies name only the public API, never an internal package. */
    @Test
    void theExampleTestsUseNoInternalPackage() {
        JavaClasses examples = new ClassFileImporter().importPackages("examples");
        assertThat(examples).as("the example tests (example-tests/src/examples)").isNotEmpty();
        noClasses().should().dependOnClassesThat().resideInAPackage("dev.fecunit.internal..")
                .because("example-tests/ shows users what they may rely on")
                .check(examples);
    }

    /** The list names only types that are public, so it stays the truth about the API. */
    @Test
    void everyListedTypeIsPublic() throws IOException {
        Set<String> types = publicTypes();
        Set<String> stale = publicApiList().stream().filter(entry -> !entry.endsWith(".*") && !types.contains(entry))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(stale).as("types in the table of README.md, \"The public API\", that are no longer public "
                + "types: remove them from the table").isEmpty();
    }

    private static boolean listed(List<String> api, String type) {
        return api.contains(type) || api.stream().anyMatch(entry -> entry.endsWith(".*")
                && type.startsWith(entry.substring(0, entry.length() - 1))
                && type.indexOf('.', entry.length() - 1) < 0);
    }

    /**
     * Public types that code outside fecunit can name: public, and every enclosing class public too. The
     * {@code dev.fecunit.internal} packages are public to fecunit's own stages only and are not API.
     */
    private static Set<String> publicTypes() {
        return FECUNIT.stream().filter(ArchitectureTest::reachable)
                .filter(c -> !c.getPackageName().startsWith("dev.fecunit.internal"))
                .map(c -> c.getName().replace('$', '.'))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean reachable(JavaClass type) {
        if (!type.getModifiers().contains(JavaModifier.PUBLIC) || type.isAnonymousClass() || type.isLocalClass()) {
            return false;
        }
        Optional<JavaClass> enclosing = type.getEnclosingClass();
        return enclosing.isEmpty() || reachable(enclosing.get());
    }

    /**
     * The README's table "The public API": one row per package (its first cell), naming the package's public
     * types in back-quotes in its last cell ({@code `Run`}, {@code `Run.RunLoadException`}).
     */
    private static List<String> publicApiList() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        int heading = lines.indexOf("## The public API");
        assertThat(heading).as("the section \"## The public API\" of README.md").isNotNegative();
        List<String> api = new ArrayList<>();
        for (String line : lines.subList(heading + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            Matcher row = API_ROW.matcher(line);
            if (row.matches()) {
                Matcher type = BACKQUOTED.matcher(row.group(2));
                while (type.find()) {
                    api.add(row.group(1) + "." + type.group(1));
                }
            }
        }
        assertThat(api).as("the types listed in README.md, \"The public API\"").isNotEmpty();
        return api;
    }

    private static final Pattern API_ROW = Pattern.compile("\\| `(dev\\.fecunit[\\w.]*)` \\|.*\\|(.*)\\|");
    private static final Pattern BACKQUOTED = Pattern.compile("`([A-Z][\\w.]*)`");

    /** Static maps that are constant tables built once and never changed (each is unmodifiable). */
    private static final DescribedPredicate<com.tngtech.archunit.core.domain.JavaField> CONSTANT_TABLES =
            describe("a constant table", field -> field.getFullName().equals("dev.fecunit.internal.baseline.Baseline.DEFAULT_TOLERANCES"));

    private static DescribedPredicate<JavaClass> resideInFecunitOutside(String pkg) {
        return describe("reside in fecunit outside " + pkg, c -> c.getPackageName().startsWith("dev.fecunit")
                && !c.getPackageName().equals(pkg) && !c.getPackageName().startsWith(pkg + "."));
    }

    private static <T> DescribedPredicate<T> not(DescribedPredicate<T> predicate) {
        return DescribedPredicate.not(predicate);
    }

    /** One slice per package directly under {@code dev.fecunit}, and one for {@code dev.fecunit} itself. */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            if (pkg.equals("dev.fecunit")) {
                return SliceIdentifier.of("dev.fecunit");
            }
            if (!pkg.startsWith("dev.fecunit.")) {
                return SliceIdentifier.ignore();
            }
            // an internal package is part of its stage: dev.fecunit.internal.report belongs with dev.fecunit.report
            String rest = pkg.substring("dev.fecunit.".length()).replaceFirst("^internal\\.", "");
            int dot = rest.indexOf('.');
            return SliceIdentifier.of("dev.fecunit." + (dot < 0 ? rest : rest.substring(0, dot)));
        }

        @Override
        public String getDescription() {
            return "packages of fecunit";
        }
    };
}
