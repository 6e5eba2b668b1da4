package com.voiceqa.asr.model;

/** Finds the speech model: explicit path, VOICEQA_MODEL, the cache, or a verified download. */
public final class ModelResolver {

    static final String HOW_TO_GET_A_MODEL = "Give the model folder with --model DIR, set VOICEQA_MODEL=DIR, or let "
            + "VoiceQA download it (needs internet access to alphacephei.com)";

    private ModelResolver() {
    }
}
