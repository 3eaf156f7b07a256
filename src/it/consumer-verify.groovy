// Shared check of a consumer project's build (invoked from each consumer's verify.groovy):
// the good pair passed, the regressed pair failed with fecunit's assertion message (not a
// NoClassDefFoundError from mixed JUnit jars), and its Surefire XML carries the report's main file (the PNG once drawn) both
// in the failure and as an [[ATTACHMENT|...]] line.
def check(File basedir, String junitEngineJar) {
    def reports = new File(basedir, 'target/surefire-reports')
    def good = new File(reports, 'TEST-consumer.FlexFecRegressionTest.xml').text
    assert good =~ /tests="1"/ && good =~ /failures="0"/ && good =~ /errors="0"/ : "good pair did not pass:\n${good}"

    def bad = new File(reports, 'TEST-consumer.RegressedFlexFecTest.xml').text
    assert bad =~ /failures="1"/ && bad =~ /errors="0"/ : "regressed pair did not fail by assertion:\n${bad}"
    // the comparison's failure carries both runs' summary tables for the IDE's diff view (opentest4j)
    assert bad.contains('type="org.opentest4j.AssertionFailedError"') : bad
    // fecunit's own message (FecAssertions), not a bare number comparison
    assert bad.contains('to lose fewer frames than the baseline') && bad.contains('fec-regressed lost 101 of 1801 frames') : bad
    assert bad.contains(junitEngineJar) : "expected ${junitEngineJar} on the test classpath"

    def dir = new File(basedir, 'target/fecunit-reports/consumer.RegressedFlexFecTest/fecLosesFewerFrames')
    def png = new File(dir, 'fec_report.png')
    def main = png.isFile() ? png : new File(dir, 'summary.txt')
    assert main.isFile() : "no report in ${dir}"
    def path = main.canonicalPath
    assert bad.contains("dev.fecunit.junit.FecReport: fecunit report of runs [baseline, fec-regressed]: ${path}") : bad
    assert bad.contains("[[ATTACHMENT|${path}]]") : bad
    assert new File(dir, 'failure.json').isFile() : "no failure.json in ${dir}"
    // GITHUB_STEP_SUMMARY (set by the invoker configuration) received the failing test's section, paths
    // relative to GITHUB_WORKSPACE (target/it); the consumers build in parallel and share the file
    def summary = new File(basedir, '../../it-job-summary.md').getText('UTF-8')
    def section = "### `consumer.RegressedFlexFecTest` \u203a `fecLosesFewerFrames`\n\n```text\nExpecting run:\n"
    assert summary.contains(section) : summary
    assert summary.contains("| frames_lost | 101 | 85 |\n") : summary
    assert summary.contains("- `${basedir.name}/target/fecunit-reports/consumer.RegressedFlexFecTest/fecLosesFewerFrames/summary.txt`\n") : summary
    println "consumer ${basedir.name}: good pair passed, regressed pair failed with ${path} in its Surefire XML"
}
return this
