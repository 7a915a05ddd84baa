def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'schemas/codegen-naming.json')
// The build names the file by the absolute path Maven gave the project, which may differ from the canonical one.
def named = { String rest -> log.contains(file.absolutePath + rest) || log.contains(file.canonicalPath + rest) }
assert named('#/words/1: a word is a string of ASCII letters and digits') : 'file and pointer of the bad word missing'
assert !log.contains('at org.appflowcontracts') : 'a stack trace was printed'
assert !new File(basedir, 'target/generated-sources/appflow').exists() || !new File(basedir,
        'target/generated-sources/appflow/org/appflowcontracts/model/PingRequest.java').exists() : 'sources generated'
return true
