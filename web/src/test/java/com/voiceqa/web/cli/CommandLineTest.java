package com.voiceqa.web.cli;

import com.voiceqa.core.cli.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the operator commands do around the product: the data folder's lock, busy ports, resetting a password. */
class CommandLineTest {

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @TempDir
    Path data;

    @Test
    void aSecondInstanceOnTheSameDataFolderIsOneLineNamingTheHolder() throws Exception {
        try (DataFolderLock first = DataFolderLock.acquire(data, 8123)) {
            assertThatThrownBy(() -> DataFolderLock.acquire(data, 8124))
                    .isInstanceOf(UserError.class)
                    .hasMessageContaining("另一个 VoiceQA").hasMessageContaining("端口 8123")
                    .hasMessageContaining("another VoiceQA (pid " + ProcessHandle.current().pid() + ", port 8123)")
                    .hasMessageContaining(data.toString()).hasMessageNotContaining("\n");
        }
        DataFolderLock.acquire(data, 8125).close();
    }

    @Test
    void aBusyPortIsOneLineSayingHowToMoveIt() throws Exception {
        try (ServerSocket busy = new ServerSocket(0)) {
            assertThatThrownBy(() -> Ports.requireFree(busy.getLocalPort(), "dashboard", "--port N"))
                    .isInstanceOf(UserError.class)
                    .hasMessageContaining("端口 " + busy.getLocalPort()).hasMessageContaining("--port N");
        }
    }

    @Test
    void theDemoKeepsItsDataApartFromTheRealInstance() {
        assertThat(DataFolder.resolve(null, true)).isEqualTo(DataFolder.resolve(null, false).resolve("demo"));
        assertThat(DataFolder.resolve(data.toString(), true)).isEqualTo(data);
    }

    @Test
    void resetPasswordPrintsANewPasswordThatLogsIn() throws Exception {
        assertThatThrownBy(() -> run("reset-password", "admin", "--data", data.toString()))
                .isInstanceOf(UserError.class).hasMessageContaining("no user 'admin'");
        try (Connection db = database()) {
            db.createStatement().execute("INSERT INTO users (username, display_name, password_hash, role, enabled, "
                    + "created_at) VALUES ('admin', 'A', '" + ENCODER.encode("old-password") + "', 'admin', TRUE, "
                    + "CURRENT_TIMESTAMP)");
        }

        String printed = run("reset-password", "admin", "--data", data.toString());

        String password = printed.substring(printed.lastIndexOf(' ') + 1).trim();
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);
        try (Connection db = database();
             ResultSet rs = db.createStatement().executeQuery("SELECT password_hash FROM users WHERE username = 'admin'")) {
            rs.next();
            assertThat(ENCODER.matches(password, rs.getString(1))).isTrue();
            assertThat(ENCODER.matches("old-password", rs.getString(1))).isFalse();
        }
    }

    private String run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new AdminCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private Connection database() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + data.resolve("db/voiceqa"), "sa", "");
    }
}
