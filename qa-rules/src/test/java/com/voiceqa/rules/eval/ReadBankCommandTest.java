package com.voiceqa.rules.eval;

import com.voiceqa.core.cli.CliCommand;
import com.voiceqa.core.cli.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped clause model reading a small bank: the counts per gold category and the listed misses. */
class ReadBankCommandTest {

    @TempDir
    Path dir;

    private static String run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReadBankCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path bank(String... lines) throws Exception {
        return Files.write(dir.resolve("bank.jsonl"), List.of(lines));
    }

    @Test
    void isRegisteredForTheLauncher() {
        assertTrue(ServiceLoader.load(CliCommand.class).stream().anyMatch(p -> p.type() == ReadBankCommand.class));
    }

    @Test
    void countsWhatTheModelFindsPerGoldCategoryAndListsTheMisses() throws Exception {
        Path bank = bank(
                "{\"text\": \"你们的价格比别家贵了三成，我们实在承受不了。\", \"speaker\": \"customer\", \"category\": \"price\"}",
                "{\"text\": \"合同到期以后我们就不再续约了。\", \"speaker\": \"customer\", \"category\": \"non_renewal\"}",
                "{\"text\": \"好的，那就按上次说的时间送货吧。\", \"speaker\": \"customer\", \"category\": null}",
                "{\"text\": \"好的，谢谢你。\", \"speaker\": \"customer\", \"category\": \"service\"}");
        String table = run("--bank", bank.toString());
        assertTrue(table.contains("4 utterances"), table);
        assertTrue(table.matches("(?s).*\\n\\(none\\)\\s+1\\s+-\\s+0\\s+-\\n.*"),
                "the plain line is not flagged:\n" + table);
        assertTrue(table.matches("(?s).*\\nprice\\s+1\\s+1\\s.*"), table);
        assertTrue(table.matches("(?s).*\\nnon_renewal\\s+1\\s+1\\s.*"), table);
        assertTrue(table.matches("(?s).*\\nservice\\s+1\\s+0\\s+0\\s.*"),
                "a thank-you carries no service signal:\n" + table);

        String listed = run("--bank", bank.toString(), "--lines");
        List<String> misses = listed.lines().filter(l -> l.startsWith("bank.jsonl:")).toList();
        assertEquals(1, misses.size(), listed);
        assertTrue(misses.getFirst().startsWith("bank.jsonl:4\tservice\tread nothing\t"), misses.getFirst());
    }

    @Test
    void badInputIsAClearError() throws Exception {
        assertThrows(UserError.class, () -> run());
        assertThrows(UserError.class, () -> run("--bank", dir.resolve("missing.jsonl").toString()));
        Path bank = bank("{\"text\": \"好的。\", \"speaker\": \"customer\", \"category\": null}", "not json");
        UserError e = assertThrows(UserError.class, () -> run("--bank", bank.toString()));
        assertTrue(e.getMessage().contains("bank.jsonl:2"), e.getMessage());
        UserError threshold = assertThrows(UserError.class, () -> run("--bank", bank.toString(), "--threshold", "2"));
        assertTrue(threshold.getMessage().contains("between 0 and 1"), threshold.getMessage());
    }
}
