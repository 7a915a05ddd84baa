import groovy.json.JsonSlurper

// Both builds passed; the second reused every stored outcome and checked no file.
def log = new File(basedir, 'build.log').text
assert log.contains('AppFlow contract check: 3 files (3 checked, 0 unchanged): 0 errors, 0 warnings')
assert log.contains('AppFlow contract check: 3 files (0 checked, 3 unchanged): 0 errors, 0 warnings') :
        'the second build checked files again'
assert !log.contains('[ERROR] /') && !log.contains('[WARNING] /')

def reports = new File(basedir, 'target/appflow-contracts')
def sarif = new JsonSlurper().parse(new File(reports, 'appflow-contracts.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.isEmpty()
assert sarif.runs[0].tool.driver.rules.any { it.id == 'DEST_WRITE_OP_NEEDS_ID_FIELDS' }
def json = new JsonSlurper().parse(new File(reports, 'appflow-contracts.json'))
assert json.version == 2 && json.findings.isEmpty() && json.summary.errors == 0
assert new File(reports, 'check-default.state.json').isFile()
return true
