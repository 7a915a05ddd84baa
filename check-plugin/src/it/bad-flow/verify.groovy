import groovy.json.JsonSlurper

// Each finding is one located [ERROR] line the IDEs turn into a marker; the failure names the counts.
def log = new File(basedir, 'build.log').text
def flows = new File(basedir, 'src/main/appflow').canonicalFile
assert log.contains("[ERROR] ${flows}/salesforce-upsert-missing-id-fields.json:[21,9] DEST_WRITE_OP_NEEDS_ID_FIELDS "
        + 'List the field(s) that identify existing records in idFieldNames, or use writeOperationType INSERT.')
assert log.contains("[ERROR] ${flows}/terraform/zendesk-tickets.tf:[58,7] CONNECTOR_OPERATOR_WHITELIST.zendesk ")
assert log.contains('AppFlow contract check failed: 3 files (3 checked, 0 unchanged): 2 errors, 0 warnings. '
        + 'The build fails on errors; the findings are listed above and in target/appflow-contracts/appflow-contracts.sarif')
assert !(log =~ /\n\s+at [a-z]+\./) : 'a finding must never show as a stack trace'

def reports = new File(basedir, 'target/appflow-contracts')
def results = new JsonSlurper().parse(new File(reports, 'appflow-contracts.sarif')).runs[0].results
assert results*.ruleId == ['DEST_WRITE_OP_NEEDS_ID_FIELDS', 'CONNECTOR_OPERATOR_WHITELIST.zendesk']
assert results[0].locations[0].physicalLocation.artifactLocation.uri ==
        'src/main/appflow/salesforce-upsert-missing-id-fields.json'
def json = new JsonSlurper().parse(new File(reports, 'appflow-contracts.json'))
assert json.version == 2
assert json.findings*.file == ['src/main/appflow/salesforce-upsert-missing-id-fields.json',
                               'src/main/appflow/terraform/zendesk-tickets.tf']
assert json.files.size() == 3 && json.files.every { it.checked && it.operation == 'CreateFlow' }
assert json.summary.errors == 2
return true
