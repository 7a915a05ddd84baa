// The run-time class path of a project that depends only on the validator library.
def listed = new File(basedir, 'target/runtime-dependencies.txt').readLines()
        .collect { it.trim() }
        .findAll { it ==~ /[^\s:]+:[^\s:]+:.*/ }
        .collect { it.split(':')[0] + ':' + it.split(':')[1] }
assert listed.contains('org.appflowcontracts:appflow-contracts-validator') : listed
assert listed.contains('org.slf4j:slf4j-api') : listed
assert !listed.any { it.startsWith('info.picocli:') } : "the CLI parser leaks to library users: ${listed}"
// slf4j-api is the only SLF4J artifact: choosing a binding (or none) is the application's business.
assert listed.findAll { it.startsWith('org.slf4j:') } == ['org.slf4j:slf4j-api'] : "a logging binding leaks: ${listed}"
assert new File(basedir, 'target/classes/com/example/flows/FlowCheck.class').isFile()
return true
