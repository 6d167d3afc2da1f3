package luxlogger.luxtronik.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Reading;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.simulator.control.Profile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DecoderTest {

    private static final Catalog CATALOG = Catalog.standard();
    private static final Decoder DECODER = new Decoder(CATALOG);

    /** The readings of a real dump (the simulator's profile of it) by column. */
    private static Map<String, Reading> decode(Profile dump) {
        return DECODER.decode(dump.snapshot()).stream()
                .collect(Collectors.toMap(r -> r.field().column(), Function.identity()));
    }

    /** Values stated by dumps/README.md and derived by hand from bouni_v3.78 (firmware V3.78, MSW 6). */
    @Nested
    class BouniV378 {

        private final Map<String, Reading> readings = decode(Profile.BOUNI_V3_78);

        private Object value(String column) {
            return readings.get(column).value();
        }

        @Test
        void decodesNegativeOutdoorTemperature() {
            assertThat(value("calculations.ID_WEB_Temperatur_TA")).isEqualTo(new BigDecimal("-4.0"));
            assertThat(value("calculations.ID_WEB_Mitteltemperatur")).isEqualTo(new BigDecimal("-0.6"));
        }

        @Test
        void decodesCircuitTemperatures() {
            assertThat(value("calculations.ID_WEB_Temperatur_TVL")).isEqualTo(new BigDecimal("45.4"));
            assertThat(readings.get("calculations.ID_WEB_Temperatur_TVL").display())
                    .isEqualTo("45.4 °C");
            assertThat(value("calculations.ID_WEB_Temperatur_TRL")).isEqualTo(new BigDecimal("43.2"));
            assertThat(value("calculations.ID_WEB_Temperatur_TBW")).isEqualTo(new BigDecimal("50.4"));
            assertThat(value("calculations.ID_WEB_Einst_BWS_akt")).isEqualTo(new BigDecimal("50.0"));
            assertThat(value("calculations.ID_WEB_Temperatur_TWE")).isEqualTo(new BigDecimal("16.6"));
            assertThat(value("calculations.ID_WEB_Temperatur_THG")).isEqualTo(new BigDecimal("40.0"));
            assertThat(value("calculations.ID_WEB_LIN_UH")).isEqualTo(new BigDecimal("15.3"));
        }

        @Test
        void decodesPressuresInHundredthsOfABar() {
            assertThat(value("calculations.ID_WEB_LIN_HD")).isEqualTo(new BigDecimal("12.96"));
            assertThat(value("calculations.ID_WEB_LIN_ND")).isEqualTo(new BigDecimal("13.06"));
        }

        @Test
        void decodesHeatMeters() {
            assertThat(value("calculations.ID_WEB_WMZ_Heizung")).isEqualTo(new BigDecimal("8772.7"));
            assertThat(value("calculations.ID_WEB_WMZ_Brauchwasser")).isEqualTo(new BigDecimal("382.3"));
            assertThat(value("calculations.ID_WEB_WMZ_Seit")).isEqualTo(new BigDecimal("9161.3"));
        }

        @Test
        void decodesHeatQuantityParametersInHundredthsMatchingTheHeatMeters() {
            var total = (BigDecimal) value("parameters.ID_Waermemenge_Seit");
            var heating = (BigDecimal) value("parameters.ID_Waermemenge_Hz");

            assertThat(total).isEqualTo(new BigDecimal("9161.30"));
            assertThat(total).isEqualByComparingTo((BigDecimal) value("calculations.ID_WEB_WMZ_Seit"));
            assertThat(heating).isEqualByComparingTo((BigDecimal) value("calculations.ID_WEB_WMZ_Heizung"));
            assertThat(value("parameters.ID_Waermemenge_Datum")).isEqualTo(Instant.parse("2016-04-29T04:39:40Z"));
        }

        @Test
        void decodesFirmwareAndHeatPumpType() {
            assertThat(value("calculations.ID_WEB_SoftStand")).isEqualTo("V3.78");
            assertThat(value("calculations.ID_WEB_SoftStand_0")).isEqualTo("V");
            assertThat(value("calculations.ID_WEB_SoftStand_9")).isEqualTo("");
            assertThat(value("calculations.ID_WEB_Code_WP_akt")).isEqualTo("MSW 6");
            assertThat(readings.get("calculations.ID_WEB_Code_WP_akt").raw()).isEqualTo(58);
        }

        @Test
        void decodesOperatingHourCountersInSecondsAndCompressorStarts() {
            assertThat(value("calculations.ID_WEB_Zaehler_BetrZeitVD1")).isEqualTo(4273067);
            assertThat(readings.get("calculations.ID_WEB_Zaehler_BetrZeitVD1").display())
                    .isEqualTo("4273067 s");
            assertThat(value("calculations.ID_WEB_Zaehler_BetrZeitHz")).isEqualTo(4061489);
            assertThat(value("calculations.ID_WEB_Zaehler_BetrZeitBW")).isEqualTo(211578);
            assertThat(value("calculations.ID_WEB_Zaehler_BetrZeitImpVD1")).isEqualTo(2029);
            assertThat(value("parameters.ID_Zaehler_BetrZeitImpVD1")).isEqualTo(2029);
        }

        @Test
        void decodesErrorSlotsWithTimes() {
            assertThat(value("calculations.ID_WEB_ERROR_Nr0")).isEqualTo("low pressure switch-off");
            assertThat(value("calculations.ID_WEB_ERROR_Time0")).isEqualTo(Instant.parse("2016-12-16T05:00:44Z"));
            assertThat(value("calculations.ID_WEB_AnzahlFehlerInSpeicher")).isEqualTo(5);
            assertThat(value("calculations.ID_WEB_Switchoff_file_Nr0")).isEqualTo("no request");
            assertThat(value("calculations.ID_WEB_Switchoff2_file_Time0")).isNull();
        }

        @Test
        void decodesNetworkSettings() {
            assertThat(value("calculations.ID_WEB_AdresseIP_akt")).isEqualTo("192.168.88.11");
            assertThat(value("calculations.ID_WEB_SubNetMask_akt")).isEqualTo("255.255.255.0");
            assertThat(value("calculations.ID_WEB_Add_Broadcast")).isEqualTo("192.168.88.255");
            assertThat(value("calculations.ID_WEB_Add_StdGateway")).isEqualTo("192.168.88.1");
        }

        @Test
        void decodesStatusAndModes() {
            assertThat(value("calculations.ID_WEB_WP_BZ_akt")).isEqualTo("no request");
            assertThat(value("calculations.ID_WEB_HauptMenuStatus_Zeile1")).isEqualTo("heatpump idle");
            assertThat(value("calculations.ID_WEB_HauptMenuStatus_Zeile3")).isEqualTo("no request");
            assertThat(value("calculations.ID_WEB_BIV_Stufe_akt")).isEqualTo("one compressor allowed to run");
            assertThat(value("calculations.ID_WEB_AktuelleTimeStamp")).isEqualTo(Instant.parse("2016-12-28T22:49:22Z"));
            assertThat(value("parameters.ID_Ba_Hz_akt")).isEqualTo("Automatic");
            assertThat(value("parameters.ID_Einst_BA_Lueftung_akt")).isEqualTo("Off");
        }

        @Test
        void decodesInputsAndOutputs() {
            assertThat(value("calculations.ID_WEB_ASDin")).isEqualTo(true);
            assertThat(value("calculations.ID_WEB_EVUin")).isEqualTo(true);
            assertThat(value("calculations.ID_WEB_HUPout")).isEqualTo(true);
            assertThat(value("calculations.ID_WEB_VD1out")).isEqualTo(false);
        }

        @Test
        void decodesSettings() {
            assertThat(value("parameters.ID_Einst_WW_Nachheizung_max")).isEqualTo(new BigDecimal("5.0"));
            assertThat(value("parameters.ID_Einst_ZWEFreig_akt")).isEqualTo(new BigDecimal("-16.0"));
            assertThat(value("parameters.ID_Einst_BWS_Hyst_akt")).isEqualTo(new BigDecimal("3.0"));
            assertThat(value("parameters.ID_Einst_Popt_Nachlauf_akt")).isEqualTo(180);
            assertThat(value("visibilities.ID_Visi_ImmerAnzeigen")).isEqualTo(1);
            assertThat(value("visibilities.ID_Visi_Heizung")).isEqualTo(0);
        }
    }

    /** Values stated by dumps/README.md and derived by hand from coolchip_v1.80 (firmware V1.80, L1A). */
    @Nested
    class CoolchipV180 {

        private final Map<String, Reading> readings = decode(Profile.COOLCHIP_V1_80);

        private Object value(String column) {
            return readings.get(column).value();
        }

        @Test
        void decodesOutdoorAndHotWaterTemperatures() {
            assertThat(value("calculations.ID_WEB_Temperatur_TA")).isEqualTo(new BigDecimal("13.9"));
            assertThat(value("calculations.ID_WEB_Temperatur_TBW")).isEqualTo(new BigDecimal("64.2"));
            assertThat(value("calculations.ID_WEB_Temperatur_TRL")).isEqualTo(new BigDecimal("32.6"));
            // the air/water unit has no brine sensor: the controller reports a fixed -50.0 °C
            assertThat(value("calculations.ID_WEB_Temperatur_TWE")).isEqualTo(new BigDecimal("-50.0"));
        }

        @Test
        void decodesFirmwareAndHeatPumpType() {
            assertThat(value("calculations.ID_WEB_SoftStand")).isEqualTo("V1.80");
            assertThat(value("calculations.ID_WEB_Code_WP_akt")).isEqualTo("L1A");
        }

        @Test
        void decodesTheLastErrorAndTheSwitchOffItCaused() {
            assertThat(value("calculations.ID_WEB_ERROR_Nr0")).isEqualTo("error high pressure");
            assertThat(readings.get("calculations.ID_WEB_ERROR_Nr0").raw()).isEqualTo(716);
            assertThat(value("calculations.ID_WEB_ERROR_Time0")).isEqualTo(Instant.parse("2017-07-25T04:06:03Z"));
            assertThat(value("calculations.ID_WEB_ERROR_Nr1")).isEqualTo("high pressure switch-off");
            assertThat(value("calculations.ID_WEB_Switchoff_file_Nr1")).isEqualTo("heatpump error");
            assertThat(value("calculations.ID_WEB_Switchoff_file_Time1"))
                    .isEqualTo(Instant.parse("2017-07-25T04:06:02Z"));
        }

        @Test
        void decodesTimersAsTimeOfDay() {
            assertThat(value("parameters.ID_Einst_SuHkrW0_zeit_0_0")).isEqualTo("07:00");
            assertThat(value("parameters.ID_Einst_SuHkrW0_zeit_0_1")).isEqualTo("21:00");
            assertThat(value("parameters.ID_Einst_SuZIPWo_zeit_0_0")).isEqualTo("05:00");
            assertThat(value("parameters.ID_Einst_SuLufWo_zeit_0_0_0")).isEqualTo("00:00-00:00");
            assertThat(value("parameters.ID_Einst_SuZIP_akt")).isEqualTo("5+2");
        }

        @Test
        void decodesModesAndSettings() {
            assertThat(value("parameters.ID_Ba_Hz_akt")).isEqualTo("Off");
            assertThat(value("parameters.ID_Ba_Bw_akt")).isEqualTo("Party");
            assertThat(value("parameters.ID_Einst_Warmwasser_Nachheizung")).isEqualTo(true);
            assertThat(value("parameters.ID_Einst_WW_Nachheizung_max")).isEqualTo(new BigDecimal("6.0"));
            assertThat(value("parameters.ID_Einst_TWQmin_akt")).isEqualTo(new BigDecimal("-21.0"));
        }

        @Test
        void decodesCountersAndNetwork() {
            assertThat(value("calculations.ID_WEB_Zaehler_BetrZeitImpVD1")).isEqualTo(9869);
            assertThat(value("calculations.ID_WEB_Zaehler_BetrZeitVD1")).isEqualTo(15707970);
            assertThat(value("calculations.ID_WEB_AdresseIP_akt")).isEqualTo("192.168.42.4");
            assertThat(value("calculations.ID_WEB_Add_StdGateway")).isEqualTo("0.0.0.0");
            assertThat(value("parameters.ID_Waermemenge_Datum")).isNull();
        }

        @Test
        void hasNoReadingsBeyondItsShortCalculationArray() {
            assertThat(readings)
                    .containsKey("calculations.ID_WEB_SEC_FlussigEx")
                    .doesNotContainKey("calculations.ID_WEB_SEC_UK_EEV")
                    .doesNotContainKey("calculations.ID_WEB_Freq_VD");
        }
    }

    @Test
    void decodesEveryValueOfADumpInCatalogOrder() {
        Snapshot snapshot = Profile.BOUNI_V3_78.snapshot();

        List<Reading> readings = DECODER.decode(snapshot);

        assertThat(readings).hasSize(1075 + 232 + 1 + 327);
        assertThat(readings).extracting(Reading::field).isSortedAccordingTo(Catalog.ORDER);
        assertThat(readings)
                .filteredOn(r -> !r.field().derived())
                .allMatch(r ->
                        r.raw() == snapshot.raw(r.field().group(), r.field().index()));
    }

    @Test
    void keepsUnknownIndicesOfLongerArrays() {
        int[] parameters = new int[1165];
        parameters[1164] = -77;
        var snapshot = new Snapshot(Instant.EPOCH, parameters, new int[271], new byte[381]);

        Map<String, Reading> readings = DECODER.decode(snapshot).stream()
                .collect(Collectors.toMap(r -> r.field().column(), Function.identity()));

        assertThat(readings).hasSize(1165 + 271 + 1 + 381);
        assertThat(readings.get("parameters.Unknown_Parameter_1164").value()).isEqualTo(-77);
        assertThat(readings)
                .containsKeys("calculations.Unknown_Calculation_270", "visibilities.Unknown_Visibility_380");
    }

    @Test
    void decodesShorterArraysThanTheCatalog() {
        int[] calculations = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 454};
        var snapshot = new Snapshot(Instant.EPOCH, new int[0], calculations, new byte[0]);

        assertThat(DECODER.decode(snapshot))
                .hasSize(11)
                .last()
                .extracting(Reading::text)
                .isEqualTo("45.4");
        assertThat(DECODER.decode(snapshot, CATALOG.field(Group.CALCULATIONS, 15)))
                .isEmpty();
        assertThat(DECODER.decode(snapshot, CATALOG.field(Group.CALCULATIONS, 10)))
                .isPresent();
    }

    @Test
    void decodesAPartialFirmwareWhenTheArrayEndsInsideIt() {
        int[] calculations = Profile.BOUNI_V3_78.snapshot().calculations();
        var snapshot = new Snapshot(Instant.EPOCH, new int[0], Arrays.copyOf(calculations, 84), new byte[0]);

        Field version = CATALOG.field("ID_WEB_SoftStand").orElseThrow();

        assertThat(DECODER.decode(snapshot, version))
                .get()
                .extracting(Reading::value)
                .isEqualTo("V3.");
    }

    @Test
    void decodesOnlyTheSelectedFieldsInTheGivenOrder() {
        Snapshot snapshot = Profile.COOLCHIP_V1_80.snapshot();
        List<Field> selected = CATALOG.select("ID_WEB_Temperatur_T*, ID_WEB_SoftStand, ID_WEB_Freq_VD");

        List<Reading> readings = DECODER.decode(snapshot, selected);

        assertThat(readings)
                .extracting(r -> r.field().name())
                .contains("ID_WEB_Temperatur_TA", "ID_WEB_SoftStand")
                .doesNotContain("ID_WEB_Freq_VD", "ID_WEB_Temperatur_THG_2");
        assertThat(readings).extracting(Reading::field).isSubsetOf(selected);
    }

    @Test
    void survivesArbitraryRawValues() {
        var random = new Random(42);
        int[] parameters = random.ints(1200).toArray();
        int[] calculations = random.ints(300).toArray();
        byte[] visibilities = new byte[400];
        random.nextBytes(visibilities);
        parameters[0] = Integer.MIN_VALUE;
        calculations[81] = Integer.MAX_VALUE;

        List<Reading> readings = DECODER.decode(new Snapshot(Instant.EPOCH, parameters, calculations, visibilities));

        assertThat(readings).hasSize(1200 + 300 + 1 + 400);
        assertThat(readings).allSatisfy(r -> assertThat(r.text()).isNotNull());
    }

    @Test
    void decodesOneRawValueOfAField() {
        Field outdoor = CATALOG.field(Group.CALCULATIONS, 15);

        assertThat(Decoder.decode(outdoor, -40).display()).isEqualTo("-4.0 °C");
        assertThat(Decoder.decode(CATALOG.field(Group.CALCULATIONS, 78), 999).text())
                .isEqualTo("Unknown_999");
    }

    @Test
    void followsChangingArrayLengths() {
        var shorter = new Snapshot(Instant.EPOCH, new int[2], new int[0], new byte[0]);
        var longer = new Snapshot(Instant.EPOCH, new int[3], new int[0], new byte[0]);

        assertThat(DECODER.decode(shorter)).hasSize(2);
        assertThat(DECODER.decode(longer)).hasSize(3);
        assertThat(DECODER.decode(shorter)).hasSize(2);
    }
}
