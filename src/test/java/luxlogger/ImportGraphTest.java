package luxlogger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The import graph runs one way: between components from the outside in (reports -> readings -> luxtronik,
 * everything -> configuration), and inside them from boundary to control to entity.
 */
class ImportGraphTest {

    private static final Path SOURCES = Path.of("src/main/java/luxlogger");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?luxlogger\\.([\\w.]+)\\.\\w+;", Pattern.MULTILINE);
    /** A component may import those of a lower rank; the top ones (health, cli) are imported by none. */
    private static final Map<String, Integer> RANK = Map.of(
            "configuration", 0,
            "", 1,
            "luxtronik", 2,
            "simulator", 3,
            "readings", 4,
            "reports", 5,
            "health", 6,
            "cli", 6);
    private static final List<String> LAYERS = List.of("entity", "control", "boundary");

    private record Import(String from, String to) {
    }

    private static List<Import> imports() throws IOException {
        List<Import> imports = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
                Matcher matcher = IMPORT.matcher(Files.readString(file));
                while (matcher.find()) {
                    // a nested type's import names its class as a package: keep package segments only
                    String to = Stream.of(matcher.group(1).split("\\.")).takeWhile(part -> Character.isLowerCase(part.charAt(0)))
                            .reduce((a, b) -> a + "." + b).orElse("");
                    imports.add(new Import(from, to));
                }
            }
        }
        return imports;
    }

    private static String component(String pkg) {
        String first = pkg.contains(".") ? pkg.substring(0, pkg.indexOf('.')) : pkg;
        return RANK.containsKey(first) ? first : "";
    }

    private static int layer(String pkg) {
        return LAYERS.indexOf(pkg.substring(pkg.lastIndexOf('.') + 1));
    }

    @Test
    void componentsImportOnlyComponentsBelowThem() throws IOException {
        assertThat(imports()).filteredOn(i -> !component(i.from()).equals(component(i.to())))
                .allSatisfy(i -> assertThat(RANK.get(component(i.to()))).as(i.toString())
                        .isLessThan(RANK.get(component(i.from()))));
    }

    /** The shared configuration reader is below every layer: an entity's settings record reads through it. */
    @Test
    void entitiesAndControlsNeverImportTheLayersAboveThem() throws IOException {
        assertThat(imports()).filteredOn(i -> layer(i.from()) >= 0 && layer(i.to()) >= 0 && !component(i.to()).equals("configuration"))
                .allSatisfy(i -> assertThat(layer(i.to())).as(i.toString()).isLessThanOrEqualTo(layer(i.from())));
    }

    @Test
    void theConfigurationReaderDependsOnNoComponent() throws IOException {
        assertThat(imports()).filteredOn(i -> i.from().startsWith("configuration"))
                .allSatisfy(i -> assertThat(i.to()).as(i.toString()).startsWith("configuration"));
    }
}
