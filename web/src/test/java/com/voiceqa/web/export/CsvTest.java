package com.voiceqa.web.export;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void fieldsAreQuotedAndFormulasDefused() {
        assertThat(Csv.row(Arrays.asList("星河物流", "说\"太贵\"了, 真的", null, 3)))
                .isEqualTo("\"星河物流\",\"说\"\"太贵\"\"了, 真的\",\"\",\"3\"\r\n");
        assertThat(Csv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.field("-5")).isEqualTo("\"'-5\"");
        assertThat(Csv.row(List.of("a\nb"))).isEqualTo("\"a\nb\"\r\n");
    }
}
