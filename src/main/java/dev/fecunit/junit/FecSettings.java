package dev.fecunit.junit;

import dev.fecunit.internal.report.ReportsDirectory;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * fecunit's configuration parameters, read from the JUnit configuration (junit-platform.properties,
 * system properties, or the launcher's parameters such as Surefire's {@code configurationParameters}).
 *
 * @param runsRoot     where relative {@code @RunDir} paths resolve; absolute
 * @param rootIsSet    whether {@code fecunit.runs.root} was set (otherwise the working directory)
 * @param reportMode   when reports are rendered
 * @param reportsDir   where reports go; absolute
 * @param jobSummary   the GitHub Actions job summary file failing tests append to; empty when
 *                     {@code GITHUB_STEP_SUMMARY} is not set or {@code fecunit.github.summary=false}
 * @param workspace    report paths in the job summary are relative to it ({@code GITHUB_WORKSPACE},
 *                     else the working directory); absolute
 */
record FecSettings(Path runsRoot, boolean rootIsSet, ReportMode reportMode, Path reportsDir,
                   Optional<Path> jobSummary, Path workspace) {

    static final String RUNS_ROOT = "fecunit.runs.root";
    static final String REPORT = "fecunit.report";
    static final String REPORTS_DIR = "fecunit.reports.dir";
    static final String GITHUB_SUMMARY = "fecunit.github.summary";
    /** Overrides the environment variable {@code GITHUB_STEP_SUMMARY} (tests; CIs that name it otherwise). */
    static final String GITHUB_SUMMARY_FILE = "fecunit.github.summary.file";
    /** Overrides the environment variable {@code GITHUB_WORKSPACE}. */
    static final String GITHUB_WORKSPACE = "fecunit.github.workspace";

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
        return of(context, System::getenv);
    }

    /** The settings, reading environment variables through {@code environment}. */
    static FecSettings of(ExtensionContext context, UnaryOperator<String> environment) {
        Optional<String> root = parameter(context, RUNS_ROOT);
        Path runsRoot = absolute(root.orElse(""), RUNS_ROOT);
        ReportMode mode = parameter(context, REPORT).map(ReportMode::parse).orElse(ReportMode.ON_FAILURE);
        Path reportsDir = absolute(parameter(context, REPORTS_DIR)
                .orElseGet(ReportsDirectory::defaultForThisProcess), REPORTS_DIR);
        boolean summaryOn = parameter(context, GITHUB_SUMMARY).map(FecSettings::parseSwitch).orElse(true);
        Optional<Path> jobSummary = parameter(context, GITHUB_SUMMARY_FILE)
                .or(() -> Optional.ofNullable(environment.apply("GITHUB_STEP_SUMMARY")).filter(s -> !s.isBlank()))
                .filter(file -> summaryOn)
                .map(file -> absolute(file, GITHUB_SUMMARY_FILE));
        Path workspace = absolute(parameter(context, GITHUB_WORKSPACE)
                .or(() -> Optional.ofNullable(environment.apply("GITHUB_WORKSPACE")).filter(s -> !s.isBlank()))
                .orElse(""), GITHUB_WORKSPACE);
        return new FecSettings(runsRoot, root.isPresent(), mode, reportsDir, jobSummary, workspace);
    }

    private static Optional<String> parameter(ExtensionContext context, String key) {
        return context.getConfigurationParameter(key).filter(s -> !s.isBlank());
    }

    private static boolean parseSwitch(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ExtensionConfigurationException("Configuration parameter [" + GITHUB_SUMMARY
                    + "] is [" + text + "]; use true (the default) or false.");
        };
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
