package com.voiceqa.web.cli;

import com.voiceqa.core.cli.CliCommand;
import com.voiceqa.core.cli.UserError;
import com.voiceqa.web.users.Passwords;
import com.voiceqa.web.users.UserRepository;
import com.voiceqa.web.users.UserService;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./voiceqa admin reset-password USER [--data DIR | --demo]}: sets a new generated password for a user and
 * prints it once, for an operator who lost the one printed at the first start. Works on the database of the data
 * folder (or a {@code --spring.datasource.*} PostgreSQL), with the product stopped: it takes the folder's lock.
 */
public final class AdminCommand implements CliCommand {

    static final String USAGE = "reset-password USER [--data DIR | --demo]  set a new generated password (printed once);"
            + " stop the server first";

    @Override
    public String name() {
        return "admin";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.size() < 2 || !args.getFirst().equals("reset-password") || args.get(1).startsWith("--")) {
            throw new UserError("usage: ./voiceqa admin " + USAGE);
        }
        String username = args.get(1);
        String data = null;
        boolean demo = false;
        List<String> springArgs = new ArrayList<>();
        for (int i = 2; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--demo" -> demo = true;
                case "--data" -> {
                    if (++i >= args.size()) {
                        throw new UserError("--data needs a folder. Usage: ./voiceqa admin " + USAGE);
                    }
                    data = args.get(i);
                }
                default -> {
                    if (!args.get(i).startsWith("--spring.datasource.")) {
                        throw new UserError("unknown argument '" + args.get(i) + "'. Usage: ./voiceqa admin " + USAGE);
                    }
                    springArgs.add(args.get(i));
                }
            }
        }
        Path folder = DataFolder.resolve(data, demo);
        try (OfflineContext context = OfflineContext.open(Database.class, folder, springArgs)) {
            UserRepository users = context.bean(UserRepository.class);
            long id = users.principal(username).orElseThrow(() -> new UserError("no user '" + username + "' in "
                    + folder + " (用户不存在); the demo's users live in --demo")).id();
            String password = Passwords.generate();
            context.bean(UserService.class).setPassword(id, password);
            out.println("new password of " + username + " (shown only now / 新密码只显示这一次): " + password);
            return 0;
        }
    }

    /**
     * Only what changing a password needs: the database (migrated) and the user service. Not a {@code @Configuration},
     * so the product's component scan does not pick it up.
     */
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
            JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class})
    @Import({UserRepository.class, UserService.class})
    static class Database {
        @Bean
        PasswordEncoder passwordEncoder() {
            return PasswordEncoderFactories.createDelegatingPasswordEncoder();
        }
    }
}
