package com.voiceqa.web.cli;

import com.voiceqa.core.cli.UserError;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks before the product starts that its ports are free, so a busy port is one line instead of a failed start. */
public final class Ports {

    private Ports() {
    }

    /**
     * @param port   the port to bind (0, an ephemeral port, is always free)
     * @param what   what listens there, for the message
     * @param option the option that moves it
     */
    public static void requireFree(int port, String what, String option) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
        } catch (IOException e) {
            throw new UserError("另一个 VoiceQA 或其他程序正在使用端口 " + port + "，请先停止它或用 " + option + " 换一个端口"
                    + " / port " + port + " (" + what + ") is in use by another VoiceQA or another program: stop it"
                    + " or pass " + option);
        }
    }
}
