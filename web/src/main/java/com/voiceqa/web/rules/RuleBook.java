package com.voiceqa.web.rules;

import com.voiceqa.rules.CallEvaluation;
import com.voiceqa.rules.CallRecord;
import com.voiceqa.rules.ChurnRisk;
import com.voiceqa.rules.RuleEngine;
import com.voiceqa.rules.pack.RuleLoader;
import com.voiceqa.rules.pack.RulePack;
import com.voiceqa.web.api.Unavailable;
import com.voiceqa.web.api.Db;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The active rules: the newest version of every pack in {@code rule_versions}, compiled into one {@link RuleEngine}.
 * The first start seeds the table with qa-rules' built-in packs. Saving a pack rebuilds the engine; calls being
 * evaluated keep the engine they started with (engines are immutable).
 */
@Component
public class RuleBook {

    private static final Logger log = LoggerFactory.getLogger(RuleBook.class);

    private final JdbcClient jdbc;
    private final AtomicReference<RuleEngine> engine = new AtomicReference<>();
    /** The active packs' engine per pack language: a call is evaluated only by the packs of its own language. */
    private final AtomicReference<Map<String, RuleEngine>> byLanguage = new AtomicReference<>(Map.of());

    public RuleBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
        seedBuiltIns();
        reload();
    }

    /** The engine of the active packs; {@link Unavailable} (503 over the API) when no pack could be loaded. */
    public RuleEngine engine() {
        RuleEngine current = engine.get();
        if (current == null) {
            throw new Unavailable(
                    "no rule pack is loaded; check the server log for the rule validation errors and fix the packs");
        }
        return current;
    }

    /** The engine of the active packs written for {@code language} (ISO 639-1), if there are any. */
    public Optional<RuleEngine> engine(String language) {
        engine();
        return Optional.ofNullable(byLanguage.get().get(language));
    }

    /** The languages the active packs are written for. */
    public Set<String> languages() {
        return byLanguage.get().keySet();
    }

    /**
     * Evaluates a call with the packs of its transcript's language; a call in a language no pack is written for
     * gets no findings and no score (maximum 0) instead of Chinese rules matching English gibberish.
     */
    public CallEvaluation evaluate(CallRecord call) {
        return engine(TranscriptLanguage.of(call.utterances())).map(e -> e.evaluate(call))
                .orElseGet(() -> new CallEvaluation(call.callId(), 0, 0, false, List.of(), List.of(), ChurnRisk.NONE));
    }

    /** Rebuilds the engine from the newest version of every pack. */
    public synchronized void reload() {
        List<RulePack> packs = new ArrayList<>();
        for (StoredPack stored : activePacks()) {
            try {
                packs.add(RuleLoader.parse(stored.json(), stored.packId() + " v" + stored.version()));
            } catch (RuntimeException e) {
                log.error("rule pack {} version {} does not load and is skipped: {}", stored.packId(), stored.version(),
                        e.getMessage());
            }
        }
        RuleEngine all = packs.isEmpty() ? null : new RuleEngine(packs);
        Map<String, List<RulePack>> grouped = packs.stream().collect(Collectors.groupingBy(RulePack::language));
        byLanguage.set(grouped.size() == 1 ? Map.of(grouped.keySet().iterator().next(), all)
                : grouped.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> new RuleEngine(e.getValue()))));
        engine.set(all);
        log.info("rules active: {}", packs.stream().map(p -> p.id() + " (" + p.rules().size() + " rules)").toList());
    }

    public List<StoredPack> activePacks() {
        return jdbc.sql("SELECT v.* FROM rule_versions v WHERE v.version = "
                        + "(SELECT MAX(w.version) FROM rule_versions w WHERE w.pack_id = v.pack_id) ORDER BY v.pack_id")
                .query(RuleVersions.STORED).list();
    }

    private void seedBuiltIns() {
        long stored = jdbc.sql("SELECT COUNT(*) FROM rule_versions").query(Long.class).single();
        if (stored > 0) {
            return;
        }
        for (String resource : RuleLoader.BUILT_IN) {
            try (InputStream in = RuleLoader.class.getResourceAsStream(resource)) {
                if (in == null) {
                    log.error("built-in rule pack {} is missing from qa-rules; calls will not be scored", resource);
                    continue;
                }
                String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                RulePack pack = RuleLoader.parse(json, resource);
                jdbc.sql("INSERT INTO rule_versions (pack_id, version, pack_json, change_note, created_at) "
                                + "VALUES (:p, 1, :j, 'built-in pack', :now)")
                        .param("p", pack.id()).param("j", json).param("now", Db.utc(Instant.now())).update();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                log.error("built-in rule pack {} does not load: {}", resource, e.getMessage());
            }
        }
    }

    /** One stored version of a pack. */
    public record StoredPack(String packId, int version, String json, Long authorId, String changeNote,
                             Instant createdAt) {
    }
}
