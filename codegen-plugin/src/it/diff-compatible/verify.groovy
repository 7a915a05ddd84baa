def report = new File(basedir, 'target/contract-diff.txt')
assert report.isFile() : 'the report file was not written'
def text = report.text
// The four change trees of the published 2023-08-30 changelog, in its layout.
assert text.startsWith('CreateFlow (updated)\nChanges (request)\n') : 'not the AWS changelog layout'
['DescribeFlow (updated)', 'DescribeFlowExecutionRecords (updated)', 'UpdateFlow (updated)'].each {
    assert text.contains(it) : "missing ${it}"
}
assert text.contains("{'flowExecutions': {'executionResult': {'maxPageSize': 'long',") : 'response tree missing'
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
return true
