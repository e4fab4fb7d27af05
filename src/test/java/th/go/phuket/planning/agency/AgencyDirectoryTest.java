package th.go.phuket.planning.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AgencyDirectoryTest {

    private static final String HEADER = "id,name_th,name_en,category,email,parent_group\n";

    private final AgencyDirectory directory = AgencyDirectory.fromClasspath();

    @Test
    void loadsAllSixtySevenAgenciesInFileOrder() {
        assertThat(directory.size()).isEqualTo(67);
        assertThat(directory.all()).hasSize(67);
        assertThat(directory.ids()).doesNotHaveDuplicates()
                .startsWith("pkt_provincial_office", "pkt_strategy_group", "andaman_osm")
                .endsWith("cso_community_councils");
    }

    @Test
    void quotedNamesKeepTheirCommasAndTheRestOfTheRowStaysInPlace() {
        Agency strategyGroup = directory.require("pkt_strategy_group");
        assertThat(strategyGroup.nameEn())
                .isEqualTo("Strategy and Information for Provincial Development Group, Phuket Provincial Office");
        assertThat(strategyGroup.nameTh())
                .isEqualTo("กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด สำนักงานจังหวัดภูเก็ต");
        assertThat(strategyGroup.category()).isEqualTo(AgencyCategory.PROVINCIAL_ADMINISTRATION);
        assertThat(strategyGroup.email()).isEqualTo("pkt_strategy_group@agencies.example");

        Agency airport = directory.require("se_aot_phuket_airport");
        assertThat(airport.nameEn()).isEqualTo("Phuket International Airport, Airports of Thailand PCL");
        assertThat(airport.nameTh()).isEqualTo("ท่าอากาศยานภูเก็ต บริษัท ท่าอากาศยานไทย จำกัด (มหาชน)");
        assertThat(airport.category()).isEqualTo(AgencyCategory.STATE_ENTERPRISE);
        assertThat(airport.parentGroup()).isEqualTo("state_enterprise");
    }

    @Test
    void thaiNamesAreReadAsUtf8() {
        assertThat(directory.find("pkt_public_health")).get()
                .extracting(Agency::nameTh).isEqualTo("สำนักงานสาธารณสุขจังหวัดภูเก็ต");
    }

    @Test
    void unknownIdIsRefusedInThaiThenEnglish() {
        assertThat(directory.find("pkt_nowhere")).isEmpty();
        assertThat(directory.find(null)).isEmpty();
        assertThat(directory.contains("pkt_public_health")).isTrue();
        assertThatThrownBy(() -> directory.require("pkt_nowhere"))
                .isInstanceOf(UnknownAgencyException.class)
                .hasMessage("ไม่พบหน่วยงานรหัส 'pkt_nowhere' ในทะเบียนหน่วยงาน (unknown agency id 'pkt_nowhere')");
    }

    @Test
    void everyCategoryIsUsedWithTheCountsOfTheFile() {
        Map<AgencyCategory, Integer> counts = new EnumMap<>(AgencyCategory.class);
        directory.all().forEach(agency -> counts.merge(agency.category(), 1, Integer::sum));
        assertThat(counts).containsOnlyKeys(AgencyCategory.values());
        assertThat(counts).containsEntry(AgencyCategory.LOCAL_ADMIN_ORG, 19)
                .containsEntry(AgencyCategory.REGIONAL_AGENCY, 16)
                .containsEntry(AgencyCategory.REGIONAL_AGENCY_INTERIOR, 5)
                .containsEntry(AgencyCategory.CENTRAL_AGENCY_IN_PROVINCE, 5)
                .containsEntry(AgencyCategory.PRIVATE_SECTOR, 5)
                .containsEntry(AgencyCategory.STATE_ENTERPRISE, 4)
                .containsEntry(AgencyCategory.EDUCATIONAL_INSTITUTION, 4)
                .containsEntry(AgencyCategory.DISTRICT, 3)
                .containsEntry(AgencyCategory.CIVIL_SOCIETY, 3)
                .containsEntry(AgencyCategory.PROVINCIAL_ADMINISTRATION, 2)
                .containsEntry(AgencyCategory.PROVINCIAL_GROUP, 1);
        assertThat(directory.all()).allSatisfy(agency -> {
            assertThat(agency.parentGroup()).isEqualTo(agency.category().code());
            assertThat(agency.email()).isEqualTo(agency.id() + "@agencies.example");
        });
        assertThat(AgencyCategory.fromCode("district")).contains(AgencyCategory.DISTRICT);
        assertThat(AgencyCategory.DISTRICT.labelTh()).isEqualTo("อำเภอ");
    }

    @Test
    void readsDoubledQuotesLineBreaksInQuotesCrlfAndByteOrderMark() {
        String csv = "\uFEFF" + HEADER.replace("\n", "\r\n")
                + "a_one,หนึ่ง,\"The \"\"First\"\", Ltd.\",district,a@x.example,district\r\n"
                + "\r\n"
                + "a_two,สอง,\"Two\nLines\",civil_society,b@x.example,civil_society";
        AgencyDirectory small = new AgencyDirectory(new StringReader(csv));
        assertThat(small.ids()).containsExactly("a_one", "a_two");
        assertThat(small.require("a_one").nameEn()).isEqualTo("The \"First\", Ltd.");
        assertThat(small.require("a_two").nameEn()).isEqualTo("Two\nLines");
    }

    @Test
    void badContentIsRefusedWithItsLineNumber() {
        assertRefused("id,name\n", "agency directory header must be");
        assertRefused(HEADER + "a_one,หนึ่ง,One,district,a@x.example\n", "line 2: expected 6 fields, found 5");
        assertRefused(HEADER + "a_one,หนึ่ง,One,district,a@x.example,district\n"
                + "a_two,สอง,Two,ministry,b@x.example,ministry\n", "line 3: unknown category 'ministry'");
        assertRefused(HEADER + "a_one,หนึ่ง,One,district,a@x.example,district\n"
                + "a_one,หนึ่ง,One,district,a@x.example,district\n", "line 3: duplicate agency id 'a_one'");
        assertRefused(HEADER + "A-One,หนึ่ง,One,district,a@x.example,district\n", "line 2: agency id 'A-One' must be");
        assertRefused(HEADER + "a_one,,One,district,a@x.example,district\n", "line 2: name_th is empty");
        assertRefused(HEADER + "a_one,หนึ่ง,\"One,district,a@x.example,district\n", "unterminated quoted field on line 2");
        assertRefused(HEADER + "a_one,หนึ่ง,\"One\"x,district,a@x.example,district\n", "text after a closing quote");
    }

    private static void assertRefused(String csv, String englishPart) {
        assertThatThrownBy(() -> new AgencyDirectory(new StringReader(csv)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(englishPart)
                .satisfies(e -> assertThat(e.getMessage().charAt(0)).isBetween('\u0E00', '\u0E7F'));
    }
}
