package com.voiceqa.web.users;

import java.io.PrintStream;

/**
 * Shows generated passwords to the operator once, on the console (standard output), never through the logger: a log
 * file ({@code logging.file.name}) or a log shipper would keep them for anyone who can read the logs.
 */
public final class PasswordNotice {

    private PasswordNotice() {
    }

    public static void print(String banner) {
        PrintStream console = System.out;
        console.println(banner);
        console.flush();
    }
}
