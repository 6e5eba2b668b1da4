package com.voiceqa.cluster;

import com.voiceqa.core.cli.UserError;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The name of one cluster process ({@code --node NAME}) in Kafka client ids, consumer groups and logs; unique per
 * process. The default, host and process id, is unique on its own.
 */
public record NodeName(String value) {

    private static final Pattern RULE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public NodeName {
        if (value == null || !RULE.matcher(value).matches()) {
            throw new UserError("--node needs 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit"
                    + " (got '" + value + "')");
        }
    }

    /** {@code <host>-<pid>}, e.g. {@code worker3-41872}. */
    public static NodeName ofThisProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9._-]", "-");
        } catch (UnknownHostException e) {
            host = "node";
        }
        String name = host.replaceAll("^[^A-Za-z0-9]+", "") + "-" + ManagementFactory.getRuntimeMXBean().getPid();
        return new NodeName(name.length() > 64 ? name.substring(name.length() - 64) : name);
    }

    @Override
    public String toString() {
        return value;
    }
}
