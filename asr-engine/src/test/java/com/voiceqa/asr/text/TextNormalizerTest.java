package com.voiceqa.asr.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextNormalizerTest {

    private final TextNormalizer chinese = TextNormalizer.forLanguage("zh");
    private final TextNormalizer english = TextNormalizer.forLanguage("en");

    @Test
    void joinsChineseWordsWithoutSpaces() {
        assertEquals("您好我是恒力电气的销售", chinese.join(List.of("您好", "我", "是", "恒力", "电气", "的", "销售")));
        assertEquals("合同到期我们肯定不续了", chinese.normalize(" 合同 到期  我们 肯定 不 续 了 "));
    }

    @Test
    void keepsSpacesBetweenLatinWordsInsideChinese() {
        assertEquals("我们用sim card办的", chinese.join(List.of("我们", "用", "sim", "card", "办", "的")));
        assertEquals("vip客户有五个", chinese.normalize("vip 客户 有 五 个"));
        assertEquals("买了iphone 15吗", chinese.normalize("买 了 iphone 15 吗"));
    }

    @Test
    void spacedLanguagesKeepTheirSpaces() {
        assertEquals("one zero zero", english.join(List.of("one", "zero", "zero")));
        assertEquals("i don't know", english.normalize("i  don't know"));
        assertTrue(english.spaced());
        assertFalse(chinese.spaced());
    }

    @Test
    void languageCodesWithRegionsAndOtherUnspacedScripts() {
        assertFalse(TextNormalizer.forLanguage("zh-CN").spaced());
        assertFalse(TextNormalizer.forLanguage("ja").spaced());
        assertTrue(TextNormalizer.forLanguage("en_US").spaced());
    }

    @Test
    void emptyInputGivesEmptyText() {
        assertEquals("", chinese.normalize("   "));
        assertEquals("", chinese.join(List.of()));
    }

    @Test
    void speechUnitsCountCharactersForChineseAndWordsOtherwise() {
        assertEquals(11, TextNormalizer.speechUnits("您好我是恒力电气的销售"));
        assertEquals(3, TextNormalizer.speechUnits("one zero zero"));
        assertEquals(7, TextNormalizer.speechUnits("我们用sim card办的"));
        assertEquals(3, TextNormalizer.speechUnits("i don't know"));
        assertEquals(4, TextNormalizer.speechUnits("你好，世界！"));
    }
}
