package io.cloudsuite.loadtests;

import java.time.Duration;
import java.util.Locale;

/**
 * The knobs of a simulation, so the same simulation runs against the local suite, a smoke run and a deployed
 * environment: a system property {@code load.<name>} (e.g. {@code -Dload.base-url=https://dev.example.com}), else
 * the environment variable {@code LOAD_<NAME>} ({@code LOAD_BASE_URL}), else the simulation's default.
 */
public final class LoadParameters {

    private LoadParameters() {}

    public static String text(String name, String defaultValue) {
        String property = System.getProperty("load." + name);
        if (property != null && !property.isBlank()) {
            return property.strip();
        }
        String env = System.getenv(environmentName(name));
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        return defaultValue;
    }

    /** A value the run cannot do without (e.g. an API key): missing is an error naming both ways to set it. */
    public static String required(String name) {
        String value = text(name, null);
        if (value == null) {
            throw new IllegalArgumentException("set -Dload." + name + " or " + environmentName(name));
        }
        return value;
    }

    public static int integer(String name, int defaultValue) {
        String value = text(name, null);
        try {
            return value == null ? defaultValue : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("load." + name + " must be a whole number, got '" + value + "'", e);
        }
    }

    public static double decimal(String name, double defaultValue) {
        String value = text(name, null);
        try {
            return value == null ? defaultValue : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("load." + name + " must be a number, got '" + value + "'", e);
        }
    }

    public static boolean flag(String name, boolean defaultValue) {
        String value = text(name, null);
        if (value == null) {
            return defaultValue;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default ->
                throw new IllegalArgumentException("load." + name + " must be true or false, got '" + value + "'");
        };
    }

    /** A duration in whole seconds, never negative. */
    public static Duration seconds(String name, int defaultSeconds) {
        Duration duration = Duration.ofSeconds(integer(name, defaultSeconds));
        if (duration.isNegative()) {
            throw new IllegalArgumentException(
                    "load." + name + " must be 0 or more seconds, got " + duration.toSeconds());
        }
        return duration;
    }

    /** The service's address: {@code load.base-url}, default its local port (what the suite launcher uses). */
    public static String baseUrl(int localPort) {
        String url = text("base-url", "http://localhost:" + localPort);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * Production runs send only requests that change nothing (no bullet fired, no person created):
     * {@code load.read-only=true}.
     */
    public static boolean readOnly() {
        return flag("read-only", false);
    }

    static String environmentName(String name) {
        return "LOAD_" + name.toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
    }
}
