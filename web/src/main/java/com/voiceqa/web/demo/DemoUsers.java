package com.voiceqa.web.demo;

import com.voiceqa.web.config.VoiceQaProperties;
import com.voiceqa.web.security.Role;
import com.voiceqa.web.users.Passwords;
import com.voiceqa.web.users.UserRepository;
import com.voiceqa.web.users.UserService;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's people: one team with a manager and two reps. Their passwords are set on every demo start (generated,
 * or {@code voiceqa.demo-password} when given) and printed, so a new user can always log in.
 */
@Component
public class DemoUsers {

    static final String TEAM = "华东一组";
    static final List<DemoUser> PEOPLE = List.of(
            new DemoUser("manager", "王经理", Role.MANAGER),
            new DemoUser("limin", "李敏", Role.REP),
            new DemoUser("zhaolei", "赵磊", Role.REP));

    private final UserRepository repository;
    private final UserService users;
    private final VoiceQaProperties properties;

    public DemoUsers(UserRepository repository, UserService users, VoiceQaProperties properties) {
        this.repository = repository;
        this.users = users;
        this.properties = properties;
    }

    /** Creates the team and users if missing, sets their passwords and returns username → password. */
    public Map<String, String> ensure() {
        long team = repository.teamId(TEAM).orElseGet(() -> repository.insertTeam(TEAM));
        Map<String, String> passwords = new LinkedHashMap<>();
        for (DemoUser person : PEOPLE) {
            String password = properties.demoPassword().isBlank() ? Passwords.generate() : properties.demoPassword();
            long id = repository.principal(person.username()).map(u -> u.id())
                    .orElseGet(() -> users.create(person.username(), person.displayName(), person.role(), team, password)
                            .user().id());
            users.setPassword(id, password);
            passwords.put(person.username(), password);
        }
        return passwords;
    }

    /** User id of a demo user. */
    public long id(String username) {
        return repository.principal(username).orElseThrow().id();
    }

    record DemoUser(String username, String displayName, Role role) {
    }
}
