package com.voiceqa.web.rules;

import com.voiceqa.rules.CallEvaluation;
import com.voiceqa.rules.CallRecord;
import com.voiceqa.rules.RuleEngine;
import com.voiceqa.rules.RuleExplanation;
import com.voiceqa.rules.pack.Rule;
import com.voiceqa.rules.pack.RuleLoader;
import com.voiceqa.rules.pack.RulePack;
import com.voiceqa.rules.pack.RuleValidationException;
import com.voiceqa.web.api.ApiException;
import com.voiceqa.web.api.Ref;
import com.voiceqa.web.calls.CallService;
import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.users.UserService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Rule packs as versioned documents: list, read, validate, save a new version, dry-run against a stored call. */
@Service
public class RuleService {

    private final RuleBook book;
    private final RuleVersions versions;
    private final CallService calls;
    private final UserService users;
    private final JsonMapper json;

    public RuleService(RuleBook book, RuleVersions versions, CallService calls, UserService users, JsonMapper json) {
        this.book = book;
        this.versions = versions;
        this.calls = calls;
        this.users = users;
        this.json = json;
    }

    public List<PackInfo> list() {
        return book.activePacks().stream().map(this::info).toList();
    }

    public PackDocument get(String packId) {
        return document(book.activePacks().stream().filter(p -> p.packId().equals(packId)).findFirst()
                .orElseThrow(() -> ApiException.notFound("rule pack " + packId)));
    }

    public PackDocument version(String packId, int version) {
        return document(versions.version(packId, version)
                .orElseThrow(() -> ApiException.notFound("version " + version + " of rule pack " + packId)));
    }

    public List<VersionInfo> versions(String packId) {
        List<RuleBook.StoredPack> all = versions.versions(packId);
        if (all.isEmpty()) {
            throw ApiException.notFound("rule pack " + packId);
        }
        return all.stream().map(v -> new VersionInfo(v.version(), v.createdAt(), author(v), v.changeNote())).toList();
    }

    public Validation validate(JsonNode pack) {
        try {
            RuleLoader.parse(json.writeValueAsString(pack), "pack");
            return new Validation(true, List.of());
        } catch (RuleValidationException e) {
            return new Validation(false, e.problems());
        }
    }

    /** Saves a new version of a pack ({@code create}: the pack must not exist yet) and activates it. */
    @Transactional
    public PackDocument save(String packId, JsonNode pack, String note, boolean create, CurrentUser author) {
        if (!(pack instanceof ObjectNode document)) {
            throw ApiException.badRequest("'pack' must be a JSON object in the rule format (docs/rules.md)");
        }
        String id = packId != null ? packId : document.path("pack").asString("");
        int latest = versions.latestVersion(id);
        if (create && latest > 0) {
            throw ApiException.conflict("rule pack '" + id + "' exists; save a new version with PUT /api/rules/" + id);
        }
        if (!create && latest == 0) {
            throw ApiException.notFound("rule pack " + id);
        }
        document.put("pack", id);
        document.put("version", String.valueOf(latest + 1));
        Validation validation = validate(document);
        if (!validation.valid()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the rule pack is invalid: " + String.join("; ", validation.errors()));
        }
        versions.insert(id, latest + 1, json.writeValueAsString(document), author.id(), note);
        book.reload();
        return get(id);
    }

    /** Evaluates a draft pack (or, without one, the active rules) on a stored call and explains every rule. */
    public DryRun dryRun(String callId, JsonNode draft, CurrentUser user) {
        CallRecord call = calls.record(callId, user);
        if (draft == null || draft.isNull()) {
            return dryRun(call, book.engine());
        }
        RulePack pack;
        try {
            pack = RuleLoader.parse(json.writeValueAsString(draft), "draft");
        } catch (RuleValidationException e) {
            throw ApiException.badRequest("the draft pack is invalid: " + String.join("; ", e.problems()));
        }
        try (RuleEngine engine = new RuleEngine(List.of(pack))) {
            return dryRun(call, engine);
        }
    }

    public List<Scheme> scoring() {
        return book.engine().packs().stream().map(p -> new Scheme(p.id(), p.kind().name().toLowerCase(Locale.ROOT),
                p.dimensions().entrySet().stream().map(d -> new Scheme.Dimension(d.getKey(), d.getValue())).toList(),
                p.rules().stream().map(RuleService::scoring).toList())).toList();
    }

    private static DryRun dryRun(CallRecord call, RuleEngine engine) {
        CallEvaluation evaluation = engine.evaluate(call);
        List<RuleExplanation> explanations = engine.packs().stream().flatMap(p -> p.rules().stream())
                .map(r -> engine.explain(r.id(), call)).toList();
        return new DryRun(call.callId(), evaluation, explanations);
    }

    private static Scheme.RuleScore scoring(Rule rule) {
        return new Scheme.RuleScore(rule.id(), rule.name(), rule.dimension(), rule.points(), rule.severity().label(),
                rule.veto(), rule.required());
    }

    private PackInfo info(RuleBook.StoredPack stored) {
        JsonNode pack = json.readTree(stored.json());
        return new PackInfo(stored.packId(), pack.path("name").asString(stored.packId()), pack.path("kind").asString(""),
                stored.version(), pack.path("rules").size(), stored.createdAt(), author(stored));
    }

    private PackDocument document(RuleBook.StoredPack stored) {
        return new PackDocument(stored.packId(), stored.version(), stored.createdAt(), author(stored),
                json.readTree(stored.json()));
    }

    private Ref author(RuleBook.StoredPack stored) {
        return stored.authorId() == null ? null : users.ref(stored.authorId());
    }

    public record PackInfo(String packId, String name, String kind, int version, int ruleCount, Instant updatedAt,
                           Ref updatedBy) {
    }

    public record PackDocument(String packId, int version, Instant updatedAt, Ref updatedBy, JsonNode pack) {
    }

    public record VersionInfo(int version, Instant createdAt, Ref author, String comment) {
    }

    public record Validation(boolean valid, List<String> errors) {
    }

    public record DryRun(String callId, CallEvaluation evaluation, List<RuleExplanation> explanations) {
    }

    public record Scheme(String packId, String kind, List<Dimension> dimensions, List<RuleScore> rules) {
        public record Dimension(String name, double max) {
        }

        public record RuleScore(String ruleId, String ruleName, String dimension, double points, String severity,
                                boolean veto, boolean required) {
        }
    }
}
