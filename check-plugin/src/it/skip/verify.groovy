def log = new File(basedir, 'build.log').text
assert log.contains('AppFlow contract check skipped')
assert !log.contains('DEST_WRITE_OP_NEEDS_ID_FIELDS')
assert !new File(basedir, 'target/appflow-contracts').exists()
return true
