def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'schemas/shapes.schema.json')
// The build names the file by the absolute path Maven gave the project, which may differ from the canonical one.
def named = { String rest -> log.contains(file.absolutePath + rest) || log.contains(file.canonicalPath + rest) }
assert named('#: not valid JSON (line 4, column ') : 'absolute file path, line and column missing'
// The parser's own wording appears once: the failure does not repeat its cause's message and location noise.
assert log.count('was expecting double-quote') == 1 : 'parser message repeated'
assert !log.contains('byte offset') : 'parser location noise printed'
assert !log.contains('at org.appflowcontracts') : 'a stack trace was printed'
return true
