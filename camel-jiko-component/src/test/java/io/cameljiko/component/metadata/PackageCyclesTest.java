package io.cameljiko.component.metadata;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The component's packages import one way (docs/contributing.md, "Where things live"): no package, the top package
 * io.cameljiko.component included, may depend on a package that depends back on it, directly or around a circle.
 * A failure names the circle and the classes that close it.
 */
class PackageCyclesTest {

    private static final String BASE = "io.cameljiko.component";

    /** Each direct sub-package is one slice (with its own sub-packages); the top package's classes are another. */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals(BASE)) {
                return SliceIdentifier.of(BASE);
            }
            if (!name.startsWith(BASE + ".")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(BASE + "." + name.substring(BASE.length() + 1).split("\\.")[0]);
        }

        @Override
        public String getDescription() {
            return "the packages of " + BASE + ", the top package included";
        }
    };

    @Test
    void noPackageDependsOnAPackageThatDependsBackOnIt() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(classes);
    }
}
