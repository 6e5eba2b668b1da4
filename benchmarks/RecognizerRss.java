import org.vosk.Model;
import org.vosk.Recognizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The resident memory of N bare Vosk recognizers on one model in one process, each fed the same recording R times
 * (partial results only, as a live stream asks for them), printed after the first and every tenth: what libvosk itself
 * holds per live stream, with no gateway around it. Run by benchmarks/recognizer-rss.sh (BENCHMARKS.md, "Where the RSS
 * is"); args: MODEL_DIR WAV N R.
 */
public class RecognizerRss {
    static long rssMb() throws Exception {
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith("VmRSS")) {
                return Long.parseLong(l.replaceAll("\\D+", "")) / 1024;
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status (Linux only)");
    }
    public static void main(String[] a) throws Exception {
        Model m = new Model(a[0]);
        byte[] wav = Files.readAllBytes(Path.of(a[1]));
        int n = Integer.parseInt(a[2]);
        int repeat = Integer.parseInt(a[3]);
        System.out.println("model loaded: RSS " + rssMb() + " MB");
        List<Recognizer> live = new ArrayList<>(); // held, as a gateway holds its live streams' recognizers
        for (int i = 0; i < n; i++) {
            Recognizer r = new Recognizer(m, 16000);
            live.add(r);
            for (int k = 0; k < repeat; k++) {
                for (int off = 44; off < wav.length; off += 6400) {
                    int len = Math.min(6400, wav.length - off);
                    r.acceptWaveForm(Arrays.copyOfRange(wav, off, off + len), len);
                    r.getPartialResult();
                }
            }
            if ((i + 1) % 10 == 0 || i == 0 || i == n - 1) {
                System.out.println((i + 1) + " recognizers (each fed " + repeat + "x): RSS " + rssMb() + " MB");
            }
        }
    }
}
