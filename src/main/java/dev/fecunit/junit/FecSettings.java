package dev.fecunit.junit;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * fecunit's configuration parameters, read from the JUnit configuration (junit-platform.properties,
 * system properties, or the launcher's parameters such as Surefire's {@code configurationParameters}).
 *
 * @param runsRoot     where relative {@code @RunDir} paths resolve; absolute
 * @param rootIsSet    whether {@code fecunit.runs.root} was set (otherwise the working directory)
 * @param reportMode   when reports are rendered
 * @param reportsDir   where reports go; absolute
 */
record FecSettings(Path runsRoot, boolean rootIsSet, ReportMode reportMode, Path reportsDir) {

    static final String RUNS_ROOT = "fecunit.runs.root";
    static final String REPORT = "fecunit.report";
    static final String REPORTS_DIR = "fecunit.reports.dir";
    static final String DEFAULT_REPORTS_DIR = "target/fecunit-reports";

    /** When the report of a test's runs is rendered. */
    enum ReportMode {
        ON_FAILURE, ALWAYS, NEVER;

        static ReportMode parse(String text) {
            for (ReportMode mode : values()) {
                if (mode.key().equals(text.strip().toLowerCase(Locale.ROOT))) {
                    return mode;
                }
            }
            throw new ExtensionConfigurationException("Configuration parameter [" + REPORT + "] is ["
                    + text + "]; use on-failure (the default), always or never.");
        }

        String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    static FecSettings of(ExtensionContext context) {
        Optional<String> root = context.getConfigurationParameter(RUNS_ROOT).filter(s -> !s.isBlank());
        Path runsRoot = absolute(root.orElse(""), RUNS_ROOT);
        ReportMode mode = context.getConfigurationParameter(REPORT).filter(s -> !s.isBlank())
                .map(ReportMode::parse).orElse(ReportMode.ON_FAILURE);
        Path reportsDir = absolute(context.getConfigurationParameter(REPORTS_DIR).filter(s -> !s.isBlank())
                .orElse(DEFAULT_REPORTS_DIR), REPORTS_DIR);
        return new FecSettings(runsRoot, root.isPresent(), mode, reportsDir);
    }

    /**
     * How the runs root came about and how to change it, for error messages: the second half of a
     * sentence that names the root.
     */
    String rootExplanation() {
        String how = "junit-platform.properties, a system property or Surefire's configurationParameters";
        return rootIsSet
                ? "relative paths resolve against the runs root [" + runsRoot + "], set by " + RUNS_ROOT
                        + " (change it in " + how + ")"
                : "relative paths resolve against the runs root [" + runsRoot + "], the working directory,"
                        + " because " + RUNS_ROOT + " is not set (set it in " + how + ")";
    }

    private static Path absolute(String text, String key) {
        try {
            return Path.of(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new ExtensionConfigurationException("Configuration parameter [" + key + "] is [" + text
                    + "], which is not a valid path: " + e.getMessage(), e);
        }
    }
}
