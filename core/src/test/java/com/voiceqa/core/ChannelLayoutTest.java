package com.voiceqa.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChannelLayoutTest {

    @Test
    void knownRolesParseCaseAndSpaceInsensitively() {
        assertEquals(ChannelLayout.REP_CUSTOMER, ChannelLayout.parse(" Rep , CUSTOMER "));
        assertEquals(ChannelLayout.MONO, ChannelLayout.parse("mixed"));
        assertEquals(List.of("customer", "rep"), ChannelLayout.parse("customer,rep").roles());
    }

    @Test
    void anyOtherRoleIsRefusedWithTheRolesThatExist() {
        for (String hostile : List.of("<img src=x onerror=alert(1)>", "rep,<script>", "agent", "rep,customer,mixed",
                "x".repeat(10_000), "re\u0000p")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChannelLayout.parse(hostile));
            assertTrue(e.getMessage().contains("rep") && e.getMessage().length() < 200, e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new ChannelLayout(List.of("Rep")),
                "the constructor itself checks, so no path around parse() lets a role through");
    }
}
