// First build: the warning is logged and the build passes. Second build (failOnWarning): the file is unchanged,
// so its stored finding is reported without checking it again, and the build fails on it.
def log = new File(basedir, 'build.log').text
def flow = new File(basedir, 'src/main/appflow/on-demand-with-schedule.json').canonicalFile
assert log.contains("[WARNING] ${flow}:[6,5] TRIGGER_PROPERTIES_ONLY_FOR_SCHEDULED Remove triggerProperties")
assert log.contains('AppFlow contract check failed: 1 file (0 checked, 1 unchanged): 0 errors, 1 warning. '
        + 'The build fails on warnings or worse')
return true
