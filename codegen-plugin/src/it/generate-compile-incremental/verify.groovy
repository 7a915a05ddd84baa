// First build generated and compiled; the second found everything up to date and touched no file.
def generated = new File(basedir, 'target/generated-sources/appflow/com/example/flows')
assert new File(generated, 'CreateFlowRequest.java').isFile()
assert new File(generated, 'TaskType.java').text.contains('MAP_ALL("Map_all")')
assert new File(generated, 'validation/CreateFlowRequestValidator.java').isFile()
assert new File(basedir, 'target/classes/com/example/flows/validation/CreateFlowRequestValidator.class').isFile()

def log = new File(basedir, 'build.log').text
assert log.contains('AppFlow contract sources are up to date') : 'second build regenerated'

def marker = new File(basedir, 'target/appflow-contracts/default.sha256')
assert marker.isFile()
generated.eachFileRecurse { f ->
    if (f.isFile()) {
        assert f.lastModified() <= marker.lastModified() : "${f} was written after the first generation"
    }
}
return true
