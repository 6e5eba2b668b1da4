package com.voiceqa.web.users;

import com.voiceqa.web.config.VoiceQaProperties;
import com.voiceqa.web.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On the first start (no users at all) creates {@code admin} with a generated password, printed once. */
@Component
@Order(0)
public class FirstStartAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStartAdmin.class);

    private final UserRepository repository;
    private final UserService users;
    private final VoiceQaProperties properties;

    public FirstStartAdmin(UserRepository repository, UserService users, VoiceQaProperties properties) {
        this.repository = repository;
        this.users = users;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        UserService.CreatedUser admin = users.create("admin", "管理员", Role.ADMIN, null, properties.adminPassword());
        if (admin.password() == null) {
            log.info("First start: created the administrator 'admin' with the configured voiceqa.admin-password");
            return;
        }
        PasswordNotice.print("""

                =====================================================================
                 First start: created the administrator account.
                   username: admin
                   password: %s
                 This password is shown only now (not logged). Change it with PATCH /api/users/%d.
                =====================================================================""".formatted(
                admin.password(), admin.user().id()));
        log.warn("First start: created the administrator 'admin'; its password is printed on the console only");
    }
}
