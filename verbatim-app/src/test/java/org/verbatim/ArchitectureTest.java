package org.verbatim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;

/**
 * The layering of the brief, checked on every build: data flows one way, ingest -> decode -> extract -> enrich ->
 * pipeline -> index / serve / spark.
 *
 * <pre>
 *   cli  serve  eval  train            (verbatim-app; verbatim-spark)
 *     \    |    /
 *      index (Lucene: the only package that touches it)
 *        |
 *     pipeline  (+ the Verbatim facade)
 *     /   |   \
 * ingest extract enrich                (extract.decode, extract.html -> body -> meta -> dom, extract.text ...)
 *     \   |   /
 *   model  language  learn  internal  json
 * </pre>
 */
@AnalyzeClasses(packages = "org.verbatim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] APP = {"org.verbatim.cli..", "org.verbatim.index..", "org.verbatim.serve..",
        "org.verbatim.eval..", "org.verbatim.train..", "org.verbatim.spark..", "org.verbatim.bench.."};
    /** The per-page stages and the low-level packages under them: no app, no facade. */
    private static final String[] STAGES = {"org.verbatim.model..", "org.verbatim.ingest..", "org.verbatim.extract..",
        "org.verbatim.enrich..", "org.verbatim.pipeline..", "org.verbatim.language..", "org.verbatim.learn..",
        "org.verbatim.internal..", "org.verbatim.json.."};
    /** The library facade ({@code org.verbatim.Verbatim}) sits beside pipeline, above the stages. */
    private static final String FACADE = "org.verbatim";

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses().that().resideInAPackage("org.verbatim.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.verbatim.ingest..", "org.verbatim.extract..",
                    "org.verbatim.enrich..", "org.verbatim.pipeline..", "org.verbatim.language..",
                    "org.verbatim.learn..", "org.verbatim.internal..", "org.verbatim.json..", FACADE)
            .orShould().dependOnClassesThat().resideInAnyPackage(APP);

    @ArchTest
    static final ArchRule extractDependsOnlyOnLowerLayers = noClasses().that().resideInAPackage("org.verbatim.extract..")
            .should().dependOnClassesThat().resideInAnyPackage("org.verbatim.ingest..", "org.verbatim.enrich..",
                    "org.verbatim.pipeline..", "org.verbatim.json..", FACADE)
            .orShould().dependOnClassesThat().resideInAnyPackage(APP);

    @ArchTest
    static final ArchRule enrichDependsOnlyOnLowerLayers = noClasses().that().resideInAPackage("org.verbatim.enrich..")
            .should().dependOnClassesThat().resideInAnyPackage("org.verbatim.ingest..", "org.verbatim.extract..",
                    "org.verbatim.pipeline..", "org.verbatim.json..", FACADE)
            .orShould().dependOnClassesThat().resideInAnyPackage(APP);

    @ArchTest
    static final ArchRule ingestDependsOnlyOnLowerLayers = noClasses().that().resideInAPackage("org.verbatim.ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("org.verbatim.extract..", "org.verbatim.enrich..",
                    "org.verbatim.pipeline..", "org.verbatim.json..", FACADE)
            .orShould().dependOnClassesThat().resideInAnyPackage(APP);

    @ArchTest
    static final ArchRule sharedLowLevelPackagesStayLow = noClasses().that().resideInAnyPackage(
                    "org.verbatim.language..", "org.verbatim.learn..", "org.verbatim.internal..", "org.verbatim.json..")
            .should().dependOnClassesThat().resideInAnyPackage("org.verbatim.ingest..", "org.verbatim.extract..",
                    "org.verbatim.enrich..", "org.verbatim.pipeline..", FACADE)
            .orShould().dependOnClassesThat().resideInAnyPackage(APP);

    @ArchTest
    static final ArchRule pipelineIsBelowTheApps = noClasses().that().resideInAnyPackage("org.verbatim.pipeline..",
                    FACADE)
            .should().dependOnClassesThat().resideInAnyPackage(APP);

    @ArchTest
    static final ArchRule onlyTheIndexTouchesLucene = noClasses().that().resideInAnyPackage("org.verbatim.cli..",
                    "org.verbatim.serve..", "org.verbatim.eval..", "org.verbatim.pipeline..", "org.verbatim.model..",
                    "org.verbatim.ingest..", "org.verbatim.extract..", "org.verbatim.enrich..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..");

    /**
     * The HTML extractor's packages, lowest first: {@code dom} (the single DOM pass, blocks and segments),
     * {@code meta} (metadata read from the head and from what the DOM pass indexed), {@code body} (the content chosen
     * by rules and models from both), and the cascade that composes them in {@code extract.html} itself.
     */
    @ArchTest
    static final ArchRule htmlDomPassKnowsNothingAboveIt = noClasses().that()
            .resideInAPackage("org.verbatim.extract.html.dom..").should().dependOnClassesThat().resideInAnyPackage(
                    "org.verbatim.extract.html", "org.verbatim.extract.html.meta..", "org.verbatim.extract.html.body..");

    @ArchTest
    static final ArchRule htmlMetadataIsBelowTheBody = noClasses().that()
            .resideInAPackage("org.verbatim.extract.html.meta..").should().dependOnClassesThat().resideInAnyPackage(
                    "org.verbatim.extract.html", "org.verbatim.extract.html.body..");

    @ArchTest
    static final ArchRule htmlBodyIsBelowTheCascade = noClasses().that()
            .resideInAPackage("org.verbatim.extract.html.body..").should().dependOnClassesThat()
            .resideInAPackage("org.verbatim.extract.html");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.verbatim.(**)").should().beFreeOfCycles();

    /**
     * No class reads the wall clock through {@code java.time}'s {@code now()} ({@code LocalDate.now()},
     * {@code Instant.now()}, {@code LocalDate.now(ZoneOffset.UTC)}...): "now" comes from a {@link Clock} the caller
     * gives ({@code LocalDate.now(clock)}), so that a fixed clock makes a run reproducible. No exceptions.
     */
    @ArchTest
    static final ArchRule noWallClockOutsideAnInjectedClock = noClasses()
            .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>(
                    "a date or time now() that takes no java.time.Clock") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTarget().getName().equals("now")
                            && call.getTargetOwner().getPackageName().equals("java.time")
                            && !call.getTarget().getRawParameterTypes().stream()
                                    .anyMatch(t -> t.isEquivalentTo(Clock.class));
                }
            });

    /**
     * The stages (what runs per page in a CLI, a server and a Spark executor alike) never make the system clock
     * ({@code Clock.systemUTC()}, {@code Clock.systemDefaultZone()}, {@code Clock.system(zone)}): they are given one.
     * Only the edges do: the app modules' entry points and the library facade {@code org.verbatim.Verbatim}.
     */
    @ArchTest
    static final ArchRule stagesAreGivenTheirClock = noClasses().that().resideInAnyPackage(STAGES)
            .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("the system clock (Clock.system*)") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().isEquivalentTo(Clock.class)
                            && call.getTarget().getName().startsWith("system");
                }
            });

}
