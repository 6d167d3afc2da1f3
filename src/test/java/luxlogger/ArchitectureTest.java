package luxlogger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The import graph of the product's code runs one way. Components are the packages directly under
 * {@code luxlogger} (luxtronik, simulator, readings, reports, imports, health, cli, configuration, …); inside one,
 * boundary uses control and control uses entity, never the other way. Plain JUnit tests rather than ArchUnit's
 * own engine, so that the usual JUnit annotations (such as {@code @Disabled}) apply.
 */
class ArchitectureTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("luxlogger");

    /** Layers in the order they may be used: a layer may use the ones before it, never the ones after. */
    private static final List<String> LAYERS = List.of("entity", "control", "boundary");

    @Test
    void componentsFormNoCycle() {
        slices().matching("luxlogger.(*)..").should().beFreeOfCycles().check(PRODUCT);
    }

    @Test
    void layersInsideAComponentPointInward() {
        classes()
                .that()
                .resideInAnyPackage("luxlogger.*.entity..", "luxlogger.*.control..")
                .should(useNoOuterLayerOfTheirComponent())
                .check(PRODUCT);
    }

    /** The protocol is the foundation: it knows nothing of polling, storage, reports or the simulator. */
    @Test
    void luxtronikUsesNoOtherComponent() {
        noClasses()
                .that()
                .resideInAPackage("luxlogger.luxtronik..")
                .should()
                .dependOnClassesThat(ourCodeOutside("luxlogger.luxtronik..", "luxlogger.configuration.."))
                .check(PRODUCT);
    }

    /**
     * The import's reading and converting know only the protocol: they turn the earlier logger's files into raw
     * polls, and only the run ({@code ImportRun}) hands them to the store like any other poll.
     */
    @Test
    void importsConvertWithTheProtocolOnly() {
        noClasses()
                .that()
                .resideInAnyPackage("luxlogger.imports.control..", "luxlogger.imports.entity..")
                .and()
                .haveNameNotMatching("luxlogger\\.imports\\.control\\.ImportRun(\\$.*)?")
                .should()
                .dependOnClassesThat(
                        ourCodeOutside("luxlogger.imports..", "luxlogger.luxtronik..", "luxlogger.configuration.."))
                .check(PRODUCT);
    }

    /** The settings reader every component uses: it may use none of them, or the graph would have a cycle. */
    @Test
    void configurationUsesNoOtherComponent() {
        noClasses()
                .that()
                .resideInAPackage("luxlogger.configuration..")
                .should()
                .dependOnClassesThat(ourCodeOutside("luxlogger.configuration.."))
                .check(PRODUCT);
    }

    @Test
    void onlyTheCommandLineUsesTheCommandLine() {
        noClasses()
                .that()
                .resideOutsideOfPackage("luxlogger.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("luxlogger.cli..")
                .check(PRODUCT);
    }

    private static DescribedPredicate<JavaClass> ourCodeOutside(String... allowed) {
        return JavaClass.Predicates.resideInAPackage("luxlogger..")
                .and(JavaClass.Predicates.resideOutsideOfPackages(allowed))
                .as("are ours but outside %s", String.join(", ", allowed));
    }

    private static ArchCondition<JavaClass> useNoOuterLayerOfTheirComponent() {
        return new ArchCondition<>("use no outer layer of their component (entity <- control <- boundary)") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String[] from = origin.getPackageName().split("\\.");
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String[] to = dependency.getTargetClass().getPackageName().split("\\.");
                    boolean sameComponent = to.length > 2 && to[0].equals("luxlogger") && to[1].equals(from[1]);
                    if (sameComponent && LAYERS.indexOf(to[2]) > LAYERS.indexOf(from[2])) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
