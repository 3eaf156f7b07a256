package dev.fecunit.junit;

import dev.fecunit.report.ReportFiles;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportAttachmentsTest {

    @Test
    void aTestsReportDirectoryIsNamedByMethodAndInvocation() {
        assertThat(ReportAttachments.testName("[engine:junit-jupiter]/[class:a.FooTest]/[method:fecWins(dev.fecunit.Run)]"))
                .isEqualTo("fecWins");
        assertThat(ReportAttachments.testName("[engine:junit-jupiter]/[class:a.FooTest]/[nested-class:Inner]"
                + "/[test-template:repeats(int, dev.fecunit.junit.RunFolder)]/[test-template-invocation:#3]"))
                .isEqualTo("repeats[3]");
    }

    @Test
    void twoTestsWantingTheSameDirectoryGetTwo() {
        ReportAttachments.Claims claims = new ReportAttachments.Claims();
        Path wanted = Path.of("/r/a.FooTest/overloaded");

        assertThat(claims.claim(wanted, "[method:overloaded(int)]")).isEqualTo(wanted);
        assertThat(claims.claim(wanted, "[method:overloaded(long)]")).isEqualTo(Path.of("/r/a.FooTest/overloaded~2"));
        assertThat(claims.claim(wanted, "[method:overloaded(int)]")).isEqualTo(wanted);
    }

    @Test
    void attachmentLinesNameEachFileAbsolutelyMainFileFirst() {
        ReportFiles files = new ReportFiles(Path.of("/r"), Path.of("/r/fec_report.png"), Path.of("/r/summary.txt"),
                Path.of("/r/summary.json"), null, List.of());

        assertThat(ReportAttachments.attachmentLines(files)).containsExactly(
                "[[ATTACHMENT|/r/fec_report.png]]", "[[ATTACHMENT|/r/summary.txt]]", "[[ATTACHMENT|/r/summary.json]]");
    }
}
