def log = new File(basedir, 'build.log').text
assert log.contains('shapes.schema.json#/$defs/PingRequest/properties/at/format') : 'file and pointer missing'
assert log.contains("unsupported keyword 'format'")
assert !log.contains('at org.appflowcontracts') : 'a stack trace was printed'
return true
