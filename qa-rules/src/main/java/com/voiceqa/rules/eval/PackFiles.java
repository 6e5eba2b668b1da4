package com.voiceqa.rules.eval;

import com.voiceqa.core.cli.UserError;
import com.voiceqa.rules.pack.RuleLoader;
import com.voiceqa.rules.pack.RulePack;
import com.voiceqa.rules.pack.RuleValidationException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Rule packs given on the command line ({@code --pack FILE}), loaded and validated, or a message saying what to fix. */
final class PackFiles {

    private PackFiles() {
    }

    static List<RulePack> load(List<Path> files) throws IOException {
        List<RulePack> packs = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new UserError("rule pack " + f + " does not exist");
            }
            try {
                packs.add(RuleLoader.load(f));
            } catch (RuleValidationException e) {
                throw new UserError("rule pack " + f + " is invalid; fix these and retry:\n  "
                        + String.join("\n  ", e.problems()));
            }
        }
        return packs;
    }
}
