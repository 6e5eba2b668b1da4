package com.voiceqa.web.users;

import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.security.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api")
public class UserController {

    private final UserService users;

    public UserController(UserService users) {
        this.users = users;
    }

    @GetMapping("/me")
    public UserView me(@AuthenticationPrincipal CurrentUser user) {
        return users.me(user);
    }

    @GetMapping("/users")
    public List<UserView> list(@AuthenticationPrincipal CurrentUser user) {
        return users.list(user);
    }

    @PostMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    public UserService.CreatedUser create(@Valid @RequestBody NewUser body) {
        return users.create(body.username(), body.displayName(), parseRole(body.role()), body.teamId(), body.password());
    }

    @PatchMapping("/users/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    public UserView update(@PathVariable long id, @Valid @RequestBody UserChange body) {
        return users.update(id, body.displayName(), body.role() == null ? null : parseRole(body.role()), body.teamId(),
                body.enabled(), body.password());
    }

    @GetMapping("/teams")
    public List<TeamView> teams() {
        return users.teams();
    }

    @PostMapping("/teams")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    public TeamView createTeam(@Valid @RequestBody NewTeam body) {
        return users.createTeam(body.name());
    }

    private static Role parseRole(String role) {
        return Role.parse(role);
    }

    public record NewUser(@NotBlank @Size(min = 3, max = 40) String username, @Size(max = 100) String displayName,
                          @NotNull @Pattern(regexp = "admin|manager|rep", message = "must be admin, manager or rep") String role,
                          Long teamId, @Size(max = 200) String password) {
    }

    public record UserChange(@Size(min = 1, max = 100) String displayName,
                             @Pattern(regexp = "admin|manager|rep", message = "must be admin, manager or rep") String role,
                             Long teamId, Boolean enabled, @Size(min = 8, max = 200) String password) {
    }

    public record NewTeam(@NotBlank @Size(max = 100) String name) {
    }
}
