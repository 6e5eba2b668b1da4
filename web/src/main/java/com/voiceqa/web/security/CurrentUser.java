package com.voiceqa.web.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/** The logged-in user as the API sees it: identity, role and team decide the visible scope. */
public record CurrentUser(long id, String username, String displayName, String passwordHash, Role role, Long teamId,
                          boolean enabled) implements UserDetails {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isRep() {
        return role == Role.REP;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
