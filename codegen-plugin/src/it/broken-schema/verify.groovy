def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'schemas/shapes.schema.json')
// The build names the file by the absolute path Maven gave the project, which may differ from the canonical one.
def named = { String rest -> log.contains(file.absolutePath + rest) || log.contains(file.canonicalPath + rest) }
assert named('#/$defs/PingRequest/properties/at/format') : 'absolute file path and pointer missing'
assert log.contains("unsupported keyword 'format'")
assert !log.contains('at org.appflowcontracts') : 'a stack trace was printed'
return true
