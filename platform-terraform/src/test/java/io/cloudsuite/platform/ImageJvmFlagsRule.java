package io.cloudsuite.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every image runs with exactly the suite's JVM flags, jvm/service-jvm.options, as the local launchers do. The base
 * image's /opt/jboss/container/java/run/run-java.sh (ubi9/openjdk-17-runtime 1.21) runs
 * {@code java ${JAVA_OPTS-<its defaults> ${JAVA_OPTS_APPEND}} -cp . -jar $JAVA_APP_JAR}: a set JAVA_OPTS replaces its
 * defaults (-XX:MaxRAMPercentage=80.0 -XX:+UseParallelGC, heap free ratios), JAVA_OPTS_APPEND only follows them, and
 * -XX:+UseParallelGC beside the file's -XX:+UseSerialGC stops the JVM ("Multiple garbage collectors selected"). So
 * each service's Dockerfile.jvm
 * <ul>
 * <li>copies target/service-jvm.options (the build's copy of jvm/service-jvm.options) into /deployments/, and its
 * .dockerignore lets that file into the build context;</li>
 * <li>sets JAVA_OPTS to {@code @/deployments/service-jvm.options}, the AppCDS archive
 * ({@code -XX:SharedArchiveFile=/deployments/app-cds.jsa}) and system properties ({@code -D...}) only: any other JVM
 * flag belongs in the shared file;</li>
 * <li>writes that archive with its own JVM: it copies target/app-cds.sh (the build's copy of jvm/app-cds.sh) and RUNs
 * it with {@code --verify}, which fails the image build unless the image's JVM starts the service with the flags and
 * the archive (an archive is used only by the JVM build that wrote it);</li>
 * <li>sets none of the variables run-java.sh ignores while JAVA_OPTS is set (JAVA_OPTS_APPEND, GC_*,
 * JAVA_*_MEM_RATIO...), nor JDK_JAVA_OPTIONS, JAVA_TOOL_OPTIONS or _JAVA_OPTIONS, which the JVM reads whatever the
 * script does;</li>
 * <li>starts run-java.sh, the one entry point that reads JAVA_OPTS.</li>
 * </ul>
 */
final class ImageJvmFlagsRule {

    static final String DOCKERFILE = ServiceDockerfiles.DOCKERFILE;
    static final String DOCKERIGNORE = ".dockerignore";
    static final String PACKAGED_OPTIONS = "target/service-jvm.options";
    static final String IMAGE_OPTIONS = "/deployments/service-jvm.options";
    static final String RUN_JAVA = "/opt/jboss/container/java/run/run-java.sh";
    static final String PACKAGED_APP_CDS_SCRIPT = "target/app-cds.sh";
    static final String IMAGE_APP_CDS_SCRIPT = "/deployments/app-cds.sh";
    static final String APP_CDS_FLAG = "-XX:SharedArchiveFile=/deployments/app-cds.jsa";
    static final String APP_CDS_RUN = "bash " + IMAGE_APP_CDS_SCRIPT + " /deployments " + IMAGE_OPTIONS + " --verify";

    private static final Pattern INSTRUCTION = Pattern.compile("^(\\w+)\\s+(.*)$", Pattern.DOTALL);
    /** Variables of the image's jvm module (GC_*, JAVA_MAX_MEM_RATIO, older JAVA_INITIAL_MEM_RATIO...). */
    private static final Pattern IGNORED_WITH_JAVA_OPTS =
            Pattern.compile("JAVA_OPTS_APPEND|GC_\\w+|JAVA_\\w*MEM\\w*|JAVA_DIAGNOSTICS");

    private static final List<String> READ_BY_THE_JVM =
            List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS");

    private ImageJvmFlagsRule() {}

    static Findings check(Path repoRoot) {
        Findings findings = new Findings();
        ServiceDockerfiles.each(repoRoot, findings, (service, dockerfile, where) -> {
            checkDockerfile(where, instructions(read(dockerfile)), findings);
            Path dockerignore = repoRoot.resolve(service).resolve(DOCKERIGNORE);
            if (!Files.isRegularFile(dockerignore)) {
                return;
            }
            String patterns = read(dockerignore);
            for (String packaged : List.of(PACKAGED_OPTIONS, PACKAGED_APP_CDS_SCRIPT)) {
                if (excludes(patterns, packaged)) {
                    findings.violation(
                            service + "/" + DOCKERIGNORE,
                            "leaves " + packaged + " out of the build "
                                    + "context, so the Dockerfile cannot copy it (add !" + packaged + ")");
                }
            }
        });
        return findings;
    }

    private static void checkDockerfile(String where, List<String[]> instructions, Findings findings) {
        boolean copied = false;
        boolean appCdsCopied = false;
        boolean appCdsWritten = false;
        String entrypoint = null;
        Map<String, String> env = new LinkedHashMap<>();
        for (String[] instruction : instructions) {
            switch (instruction[0]) {
                case "COPY", "ADD" -> {
                    copied |= copies(instruction[1], PACKAGED_OPTIONS, IMAGE_OPTIONS);
                    appCdsCopied |= copies(instruction[1], PACKAGED_APP_CDS_SCRIPT, IMAGE_APP_CDS_SCRIPT);
                }
                case "RUN" -> appCdsWritten |= runsAppCds(instruction[1]);
                case "ENV" -> env.putAll(envAssignments(instruction[1]));
                case "ENTRYPOINT" -> entrypoint = instruction[1];
                default -> {}
            }
        }
        if (!copied) {
            findings.violation(
                    where,
                    "does not COPY " + PACKAGED_OPTIONS + " into /deployments/: the image would "
                            + "not run with the suite's JVM flags (jvm/service-jvm.options)");
        }
        String javaOpts = env.get("JAVA_OPTS");
        if (javaOpts == null) {
            findings.violation(
                    where,
                    "sets no JAVA_OPTS: run-java.sh then runs java with its own defaults "
                            + "(-XX:MaxRAMPercentage=80.0 -XX:+UseParallelGC ...) before JAVA_OPTS_APPEND, and ParallelGC "
                            + "beside the file's SerialGC stops the JVM; set JAVA_OPTS=\"@" + IMAGE_OPTIONS
                            + " -D...\"");
        } else {
            List<String> words = List.of(javaOpts.strip().split("\\s+"));
            if (!words.contains("@" + IMAGE_OPTIONS)) {
                findings.violation(where, "JAVA_OPTS does not pass @" + IMAGE_OPTIONS + " to the JVM");
            }
            if (!words.contains(APP_CDS_FLAG)) {
                findings.violation(
                        where,
                        "JAVA_OPTS does not pass " + APP_CDS_FLAG + ": every start would load, parse and verify "
                                + "its classes again (jvm/app-cds.sh)");
            }
            List<String> ownFlags = words.stream()
                    .filter(word -> !word.isEmpty()
                            && !word.equals("@" + IMAGE_OPTIONS)
                            && !word.equals(APP_CDS_FLAG)
                            && !word.startsWith("-D"))
                    .toList();
            if (!ownFlags.isEmpty()) {
                findings.violation(
                        where,
                        "JAVA_OPTS sets JVM flags of its own, " + String.join(" ", ownFlags)
                                + ": only @" + IMAGE_OPTIONS + ", " + APP_CDS_FLAG + " and system properties (-D...); "
                                + "JVM flags belong in jvm/service-jvm.options, the same for the image and the local "
                                + "launchers");
            }
        }
        for (String name : env.keySet()) {
            if (IGNORED_WITH_JAVA_OPTS.matcher(name).matches()) {
                findings.violation(
                        where,
                        "sets " + name + ", which run-java.sh ignores while JAVA_OPTS is set: "
                                + "JVM flags belong in jvm/service-jvm.options");
            } else if (READ_BY_THE_JVM.contains(name)) {
                findings.violation(
                        where,
                        "sets " + name + ", which the JVM reads beside the shared flags file: "
                                + "JVM flags belong in jvm/service-jvm.options");
            }
        }
        if (!appCdsCopied || !appCdsWritten) {
            findings.violation(
                    where,
                    "does not write its AppCDS archive with the image's own JVM: COPY " + PACKAGED_APP_CDS_SCRIPT
                            + " into /deployments/, then RUN " + APP_CDS_RUN + " (an archive written by another JVM "
                            + "build is not used)");
        }
        if (entrypoint == null || !entrypoint.contains(RUN_JAVA)) {
            findings.violation(
                    where, "ENTRYPOINT is not " + RUN_JAVA + ", the base image's launcher that reads " + "JAVA_OPTS");
        }
    }

    /** COPY [--flag...] src... dest, or its JSON form, with the source among the sources, into /deployments/. */
    private static boolean copies(String arguments, String source, String imagePath) {
        List<String> words = new ArrayList<>();
        for (String word : arguments.strip().replaceAll("^\\[|\\]$", "").split("[\\s,]+")) {
            String unquoted = word.replace("\"", "");
            if (!unquoted.isEmpty() && !unquoted.startsWith("--")) {
                words.add(unquoted);
            }
        }
        if (words.size() < 2) {
            return false;
        }
        String destination = words.get(words.size() - 1);
        List<String> sources = words.subList(0, words.size() - 1);
        return sources.contains(source) && (destination.equals("/deployments/") || destination.equals(imagePath));
    }

    /**
     * RUN [VAR=value...] bash /deployments/app-cds.sh /deployments /deployments/service-jvm.options --verify: the
     * variables are the configuration the service needs to start in the prod profile, for that one start.
     */
    private static boolean runsAppCds(String arguments) {
        List<String> command = words(arguments).stream()
                .dropWhile(word -> word.matches("[A-Za-z_][A-Za-z0-9_]*=.*"))
                .toList();
        return String.join(" ", command).equals(APP_CDS_RUN);
    }

    /** ENV a=1 b="two words", or the old form ENV a one value. */
    static Map<String, String> envAssignments(String arguments) {
        Map<String, String> assignments = new LinkedHashMap<>();
        String text = arguments.strip();
        int firstSpace = text.indexOf(' ');
        int firstEquals = text.indexOf('=');
        if (firstEquals < 0 || (firstSpace >= 0 && firstSpace < firstEquals)) {
            if (firstSpace > 0) {
                assignments.put(
                        text.substring(0, firstSpace),
                        text.substring(firstSpace + 1).strip());
            }
            return assignments;
        }
        for (String word : words(text)) {
            int equals = word.indexOf('=');
            if (equals > 0) {
                assignments.put(word.substring(0, equals), word.substring(equals + 1));
            }
        }
        return assignments;
    }

    /** Shell-like words: quotes group and are removed, a backslash escapes the next character. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < text.length()) {
                    word.append(text.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < text.length()) {
                word.append(text.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** Keyword (upper case) and arguments of each instruction; comments dropped, continued lines joined. */
    static List<String[]> instructions(String dockerfile) {
        List<String[]> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : dockerfile.split("\\R")) {
            String stripped = line.strip();
            if (stripped.startsWith("#") || stripped.isEmpty()) {
                continue;
            }
            if (stripped.endsWith("\\")) {
                current.append(stripped, 0, stripped.length() - 1).append(' ');
                continue;
            }
            current.append(stripped);
            var matcher = INSTRUCTION.matcher(current.toString().strip());
            if (matcher.matches()) {
                instructions.add(new String[] {matcher.group(1).toUpperCase(Locale.ROOT), matcher.group(2)});
            }
            current.setLength(0);
        }
        return instructions;
    }

    /**
     * Whether a .dockerignore keeps the path out of the build context, as Docker reads it: the last pattern that
     * matches the path or one of its parent directories decides, a pattern starting with ! lets it back in.
     */
    static boolean excludes(String dockerignore, String path) {
        boolean excluded = false;
        for (String line : dockerignore.split("\\R")) {
            String pattern = line.strip();
            if (pattern.isEmpty() || pattern.startsWith("#")) {
                continue;
            }
            boolean negated = pattern.startsWith("!");
            if (negated) {
                pattern = pattern.substring(1).strip();
            }
            pattern = pattern.replaceAll("^/+", "").replaceAll("/+$", "");
            if (pattern.isEmpty()) {
                continue;
            }
            var matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            for (Path candidate = Path.of(path); candidate != null; candidate = candidate.getParent()) {
                if (matcher.matches(candidate)) {
                    excluded = !negated;
                    break;
                }
            }
        }
        return excluded;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
