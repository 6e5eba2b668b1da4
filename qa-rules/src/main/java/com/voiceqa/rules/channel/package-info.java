/**
 * A recognizer-channel simulator: turns clean labeled transcripts into what a Mandarin recognizer hands over (no
 * punctuation, homophone substitutions, deletions and insertions at a chosen character error rate), so that rules
 * and models are measured, and trained, on recognizer-shaped text. Depends only on {@code text}.
 */
package com.voiceqa.rules.channel;
