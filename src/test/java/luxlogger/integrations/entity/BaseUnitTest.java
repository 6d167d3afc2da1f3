package luxlogger.integrations.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import luxlogger.luxtronik.control.Catalog;
import org.junit.jupiter.api.Test;

class BaseUnitTest {

    @Test
    void knowsEveryUnitOfTheCatalog() {
        assertThat(Catalog.standard().fields())
                .allSatisfy(field ->
                        assertThat(BaseUnit.of(field.unit())).as(field.column()).isPresent());
    }

    @Test
    void convertsToBaseUnitsExactly() {
        assertThat(BaseUnit.of("kWh").orElseThrow().convert(new BigDecimal("9161.3")))
                .isEqualByComparingTo("32980680000");
        assertThat(BaseUnit.of("bar").orElseThrow().convert(new BigDecimal("21.45")))
                .isEqualByComparingTo("2145000");
        assertThat(BaseUnit.of("l/h").orElseThrow().convert(new BigDecimal("1800")))
                .isEqualByComparingTo("0.0005");
        assertThat(BaseUnit.of("%").orElseThrow().convert(new BigDecimal("45"))).isEqualByComparingTo("0.45");
        assertThat(BaseUnit.of("h").orElseThrow().convert(new BigDecimal("1.5")))
                .isEqualByComparingTo("5400");
        assertThat(BaseUnit.of("°C").orElseThrow().convert(new BigDecimal("-3.4")))
                .isEqualByComparingTo("-3.4");
    }

    @Test
    void namesTheSuffixOfEachUnit() {
        assertThat(BaseUnit.of("°C").orElseThrow().suffix()).isEqualTo("celsius");
        assertThat(BaseUnit.of("min").orElseThrow().suffix()).isEqualTo("seconds");
        assertThat(BaseUnit.of("").orElseThrow().suffix()).isEmpty();
        assertThat(BaseUnit.of("furlong")).isEmpty();
    }
}
