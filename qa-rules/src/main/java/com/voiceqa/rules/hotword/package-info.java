/**
 * Hot words: an editable lexicon of product, company and competitor names with their pinyin, applied to recognizer
 * text before the rules and the index read it (Vosk's small Mandarin model cannot learn new words at run time, so
 * 海川 arrives as 海穿). Corrections keep every character offset, so evidence found on the corrected text points
 * into the raw text as well. Depends on {@code text} and the call model of {@code com.voiceqa.rules}.
 */
package com.voiceqa.rules.hotword;
