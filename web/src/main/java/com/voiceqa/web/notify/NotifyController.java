package com.voiceqa.web.notify;

import com.voiceqa.web.api.ApiException;
import com.voiceqa.web.users.UserRepository;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Alert channels and the outbox (docs/api.md, "Alerts"); admins only. */
@RestController
@RequestMapping("/api/notify")
@PreAuthorize("hasRole('ADMIN')")
public class NotifyController {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");
    private static final Map<String, List<String>> TEMPLATES = Map.of(
            "webhook", List.of("json", "wecom", "dingtalk"), "email", List.of("text"));

    private final OutboxRepository outbox;
    private final UserRepository users;
    private final Clock clock;

    public NotifyController(OutboxRepository outbox, UserRepository users, Clock clock) {
        this.outbox = outbox;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/channels")
    public List<Channel> channels() {
        return outbox.channels();
    }

    @PostMapping("/channels")
    @ResponseStatus(HttpStatus.CREATED)
    public Channel add(@Valid @RequestBody NewChannel body) {
        List<String> templates = TEMPLATES.get(body.kind());
        if (templates == null) {
            throw ApiException.badRequest("kind must be webhook or email");
        }
        String template = body.template() == null ? templates.getFirst() : body.template();
        if (!templates.contains(template)) {
            throw ApiException.badRequest("template of a " + body.kind() + " channel must be one of " + templates);
        }
        String target = body.target().trim();
        boolean valid = body.kind().equals("email") ? EMAIL.matcher(target).matches()
                : target.startsWith("https://") || target.startsWith("http://");
        if (!valid) {
            throw ApiException.badRequest(body.kind().equals("email") ? "target must be an e-mail address"
                    : "target must be an http:// or https:// URL (the robot's webhook address)");
        }
        if (body.userId() != null && users.principal(body.userId()).isEmpty()) {
            throw ApiException.badRequest("userId " + body.userId() + " is not a user; leave it out for a shared channel");
        }
        long id = outbox.addChannel(body.name().trim(), body.kind(), target, template, body.userId(), clock.instant());
        return outbox.channels().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    @GetMapping("/outbox")
    public List<OutboxRepository.OutboxEntry> recent() {
        return outbox.recent(200);
    }

    public record NewChannel(@NotBlank @Size(max = 100) String name, @NotBlank String kind,
                             @NotBlank @Size(max = 1000) String target, String template, Long userId) {
    }
}
