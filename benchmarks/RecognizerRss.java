import com.voiceqa.asr.audio.PcmAudio;
import com.voiceqa.asr.audio.WavReader;
import com.voiceqa.asr.bench.AsrBenchCommand;
import org.vosk.Model;
import org.vosk.Recognizer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The resident memory of N bare Vosk recognizers on one model in one process, each fed the same recording R times (a
 * partial result after every chunk and the utterance's result at every endpoint, as the gateway's decoder takes them;
 * no final result), printed after the first and every tenth: what libvosk itself holds per live stream, with no gateway
 * around it. Run by benchmarks/recognizer-rss.sh (BENCHMARKS.md, "The recognizers' own memory, without the gateway");
 * args: MODEL_DIR WAV N R.
 */
public class RecognizerRss {
    static long rssMb() {
        return AsrBenchCommand.memoryKb("VmRSS") / 1024;
    }

    public static void main(String[] a) throws Exception {
        Model m = new Model(a[0]);
        PcmAudio audio = WavReader.read(Path.of(a[1]));
        float[] speech = audio.channel(0);
        int chunk = audio.sampleRate() / 5; // 0.2 s, as the live clients send it
        int n = Integer.parseInt(a[2]);
        int repeat = Integer.parseInt(a[3]);
        System.out.println("model loaded: RSS " + rssMb() + " MB");
        List<Recognizer> live = new ArrayList<>(); // held, as a gateway holds its live streams' recognizers
        for (int i = 0; i < n; i++) {
            Recognizer r = new Recognizer(m, audio.sampleRate());
            live.add(r);
            for (int k = 0; k < repeat; k++) {
                for (int off = 0; off < speech.length; off += chunk) {
                    int len = Math.min(chunk, speech.length - off);
                    if (r.acceptWaveForm(Arrays.copyOfRange(speech, off, off + len), len)) {
                        r.getResult(); // an endpoint: the utterance's result, as the gateway takes it
                    } else {
                        r.getPartialResult();
                    }
                }
            }
            if ((i + 1) % 10 == 0 || i == 0 || i == n - 1) {
                System.out.println((i + 1) + " recognizers (each fed " + repeat + "x): RSS " + rssMb() + " MB");
            }
        }
    }
}
