// The suite must really have run, and on JUnit 6: Surefire records the test classpath in each
// report, and a suite that ran nothing would otherwise pass silently.
def reports = new File(basedir, 'target/surefire-reports')
def xmls = reports.listFiles().findAll { it.name.startsWith('TEST-') && it.name.endsWith('.xml') }
assert xmls.size() > 5 : "expected the suite's test classes in ${reports}"
def tests = xmls.sum { (it.text =~ /tests="(\d+)"/)[0][1] as int }
assert tests > 50 : "only ${tests} tests ran"
def xml = xmls[0].text
assert xml.contains('junit-jupiter-engine-6.1.3.jar') : 'the JUnit 6 engine is not on the test classpath'
assert !xml.contains('junit-jupiter-engine-5.') : 'a JUnit 5 engine is on the test classpath'
assert xml.contains('fecunit-') && xml.contains('it-repo') : 'the suite did not use the installed fecunit jar'
println "JUnit 6 suite: ${tests} tests in ${xmls.size()} classes"
