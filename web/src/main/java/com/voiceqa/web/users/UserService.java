package com.voiceqa.web.users;

import com.voiceqa.web.api.ApiException;
import com.voiceqa.web.api.Ref;
import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.security.LoginAnswer;
import com.voiceqa.web.security.Role;
import com.voiceqa.web.security.VisibilityScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.regex.Pattern;

/** Users, teams and logins. */
@Service
public class UserService implements UserDetailsService, LoginAnswer {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,40}");
    public static final int MIN_PASSWORD = 8;

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;

    public UserService(UserRepository users, PasswordEncoder encoder, ApplicationEventPublisher events) {
        this.users = users;
        this.encoder = encoder;
        this.events = events;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.principal(username).orElseThrow(() -> new UsernameNotFoundException("no user " + username));
    }

    /** What {@code GET /api/me} returns. */
    /** A login answers with the signed-in user, as {@code GET /api/me} does. */
    @Override
    public UserView of(CurrentUser user) {
        return me(user);
    }

    public UserView me(CurrentUser user) {
        return users.view(user.id()).orElseThrow(() -> ApiException.notFound("user " + user.id()));
    }

    public List<UserView> list(CurrentUser viewer) {
        return users.list(VisibilityScope.users(viewer));
    }

    public Ref ref(long userId) {
        return users.view(userId).map(u -> new Ref(u.id(), u.displayName()))
                .orElseThrow(() -> ApiException.notFound("user " + userId));
    }

    /** Creates a user; a blank password is generated and returned in the result (shown once). */
    @Transactional
    public CreatedUser create(String username, String displayName, Role role, Long teamId, String password) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw ApiException.badRequest("username must be 3-40 letters, digits, '.', '_' or '-'");
        }
        if (users.exists(username)) {
            throw ApiException.conflict("username '" + username + "' is taken; choose another");
        }
        checkTeam(teamId);
        boolean generated = password == null || password.isBlank();
        String actual = generated ? Passwords.generate() : checkedPassword(password);
        long id = users.insert(username, displayName == null || displayName.isBlank() ? username : displayName,
                encoder.encode(actual), role, teamId);
        return new CreatedUser(users.view(id).orElseThrow(), generated ? actual : null);
    }

    @Transactional
    public UserView update(long id, String displayName, Role role, Long teamId, Boolean enabled, String password) {
        UserView current = users.view(id).orElseThrow(() -> ApiException.notFound("user " + id));
        Long team = teamId != null ? Long.valueOf(teamId) : current.team() == null ? null : current.team().id();
        checkTeam(team);
        users.update(id, displayName != null ? displayName : current.displayName(),
                role != null ? role : Role.parse(current.role()), team,
                enabled != null ? enabled : current.enabled());
        if (password != null) {
            users.updatePassword(id, encoder.encode(checkedPassword(password)));
        }
        if (current.enabled() && Boolean.FALSE.equals(enabled)) {
            events.publishEvent(new UserDisabled(id));
        }
        if (displayName != null && !displayName.equals(current.displayName())) {
            events.publishEvent(new UserRenamed(id));
        }
        return users.view(id).orElseThrow();
    }

    /** Sets a password (used by the demo, whose users get fresh passwords on every start). */
    public void setPassword(long id, String password) {
        users.updatePassword(id, encoder.encode(password));
    }

    public List<TeamView> teams() {
        return users.teams();
    }

    @Transactional
    public TeamView createTeam(String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw ApiException.badRequest("a team name is 1-100 characters");
        }
        if (users.teamId(name.trim()).isPresent()) {
            throw ApiException.conflict("team '" + name + "' exists already");
        }
        long id = users.insertTeam(name.trim());
        return users.teams().stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    private void checkTeam(Long teamId) {
        if (teamId != null && !users.teamExists(teamId)) {
            throw ApiException.badRequest("team " + teamId + " does not exist; create it with POST /api/teams");
        }
    }

    private static String checkedPassword(String password) {
        if (password.length() < MIN_PASSWORD || password.length() > 200) {
            throw ApiException.badRequest("a password needs at least " + MIN_PASSWORD + " characters");
        }
        return password;
    }

    /** @param password the generated password, or null when the caller chose it */
    public record CreatedUser(UserView user, String password) {
    }
}
