assert !new File(basedir, 'target/generated-sources/appflow').exists()
assert new File(basedir, 'build.log').text.contains('AppFlow contract generation skipped')
return true
