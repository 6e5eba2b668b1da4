package com.voiceqa.web.users;

import com.voiceqa.web.api.Db;
import com.voiceqa.web.api.Ref;
import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.security.Role;
import com.voiceqa.web.security.VisibilityScope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Users and teams in the database. */
@Repository
public class UserRepository {

    private static final String VIEW_SELECT = "SELECT u.id, u.username, u.display_name, u.role, u.enabled, u.team_id, "
            + "t.name AS team_name FROM users u LEFT JOIN teams t ON t.id = u.team_id ";

    private static final RowMapper<UserView> VIEW = (rs, n) -> new UserView(rs.getLong("id"), rs.getString("username"),
            rs.getString("display_name"), rs.getString("role"), Ref.of(Db.longOrNull(rs, "team_id"),
            rs.getString("team_name")), rs.getBoolean("enabled"));

    private static final RowMapper<CurrentUser> PRINCIPAL = (rs, n) -> new CurrentUser(rs.getLong("id"),
            rs.getString("username"), rs.getString("display_name"), rs.getString("password_hash"),
            Role.parse(rs.getString("role")), Db.longOrNull(rs, "team_id"), rs.getBoolean("enabled"));

    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CurrentUser> principal(String username) {
        return jdbc.sql("SELECT * FROM users WHERE username = :u").param("u", username).query(PRINCIPAL).optional();
    }

    public Optional<CurrentUser> principal(long id) {
        return jdbc.sql("SELECT * FROM users WHERE id = :id").param("id", id).query(PRINCIPAL).optional();
    }

    public Optional<UserView> view(long id) {
        return jdbc.sql(VIEW_SELECT + "WHERE u.id = :id").param("id", id).query(VIEW).optional();
    }

    public List<UserView> list(VisibilityScope scope) {
        return jdbc.sql(VIEW_SELECT + "WHERE " + scope.sql() + " ORDER BY u.role, u.username")
                .params(scope.params()).query(VIEW).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM users WHERE username = :u").param("u", username).query(Long.class).single() > 0;
    }

    public long insert(String username, String displayName, String passwordHash, Role role, Long teamId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO users (username, display_name, password_hash, role, team_id, enabled, created_at) "
                        + "VALUES (:u, :d, :p, :r, :t, TRUE, :now)")
                .param("u", username).param("d", displayName).param("p", passwordHash).param("r", role.label())
                .param("t", teamId).param("now", Db.utc(Instant.now()))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    public void update(long id, String displayName, Role role, Long teamId, boolean enabled) {
        jdbc.sql("UPDATE users SET display_name = :d, role = :r, team_id = :t, enabled = :e WHERE id = :id")
                .param("d", displayName).param("r", role.label()).param("t", teamId).param("e", enabled)
                .param("id", id).update();
    }

    public void updatePassword(long id, String passwordHash) {
        jdbc.sql("UPDATE users SET password_hash = :p WHERE id = :id").param("p", passwordHash).param("id", id).update();
    }

    public Optional<Long> teamId(String name) {
        return jdbc.sql("SELECT id FROM teams WHERE name = :n").param("n", name).query(Long.class).optional();
    }

    /** Every enabled manager. */
    public List<CurrentUser> managers() {
        return jdbc.sql("SELECT id FROM users WHERE role = 'manager' AND enabled ORDER BY id").query(Long.class).list()
                .stream().flatMap(id -> principal(id).stream()).toList();
    }

    /** The enabled managers of the team. */
    public List<Long> managerIds(long teamId) {
        return jdbc.sql("SELECT id FROM users WHERE team_id = :t AND role = 'manager' AND enabled ORDER BY id")
                .param("t", teamId).query(Long.class).list();
    }

    public boolean teamExists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM teams WHERE id = :id").param("id", id).query(Long.class).single() > 0;
    }

    public long insertTeam(String name) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO teams (name, created_at) VALUES (:n, :now)")
                .param("n", name).param("now", Db.utc(Instant.now())).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    public List<TeamView> teams() {
        return jdbc.sql("SELECT t.id, t.name, "
                        + "(SELECT COUNT(*) FROM users m WHERE m.team_id = t.id) AS members, "
                        + "(SELECT MIN(m.id) FROM users m WHERE m.team_id = t.id AND m.role = 'manager') AS manager_id "
                        + "FROM teams t ORDER BY t.name")
                .query((rs, n) -> new TeamView(rs.getLong("id"), rs.getString("name"),
                        managerRef(Db.longOrNull(rs, "manager_id")), rs.getInt("members")))
                .list();
    }

    private Ref managerRef(Long id) {
        return id == null ? null : view(id).map(u -> new Ref(u.id(), u.displayName())).orElse(null);
    }
}
