def log = new File(basedir, 'build.log').text
assert log.contains('breaking   CreateFlow request sourceFlowConfig.sourceConnectorProperties.SAPOData.paginationConfig: removed') :
        'the breaking change is not in the log'
assert log.contains('8 changes, 8 breaking') : 'summary missing'
assert log.contains('contract changes that failOn=breaking rejects') : 'the failure does not say why'
assert log.contains('BUILD FAILURE')
assert !log.contains('at org.appflowcontracts') : 'a stack trace was printed'
return true
