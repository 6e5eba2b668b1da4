package com.voiceqa.rules.eval;

import com.voiceqa.rules.channel.Degradation;
import com.voiceqa.rules.channel.RecognizerChannel;
import com.voiceqa.rules.semantic.ClauseModelTrainer.Example;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a clause model learns from: the windows of labeled calls and bank utterances, clean and once more through the
 * simulated recognizer per augmentation. Copy {@code k} (0 = clean) is passed with seed {@code k}, so the same
 * arguments always give the same windows, and their embeddings are found again in the cache.
 */
final class TrainingSet {

    private TrainingSet() {
    }

    static List<Example> examples(List<List<CorpusCall>> corpora, List<Path> banks, List<Degradation> augments)
            throws IOException {
        List<Example> out = new ArrayList<>();
        List<Degradation> channels = new ArrayList<>(List.of(Degradation.NONE));
        channels.addAll(augments);
        for (int k = 0; k < channels.size(); k++) {
            RecognizerChannel channel = new RecognizerChannel(channels.get(k), k);
            corpora.forEach(corpus -> out.addAll(TrainingExamples.fromCalls(corpus, channel)));
            for (Path bank : banks) {
                out.addAll(TrainingExamples.fromBank(bank, channel));
            }
        }
        return out;
    }
}
