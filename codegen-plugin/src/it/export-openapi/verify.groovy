def exported = new File(basedir, 'target/appflow-contracts/export')
def committed = new File(basedir, '../../../../schemas/src/main/resources/export')
['appflow-2020-08-23.openapi.json', 'editor/CreateFlowRequest.editor.schema.json',
 'editor/UpdateFlowRequest.editor.schema.json'].each { name ->
    def file = new File(exported, name)
    assert file.isFile() : "${name} was not written"
    assert file.text == new File(committed, name).text : "${name} differs from the committed export"
}
assert new File(basedir, 'build.log').text.contains('Exported appflow-2020-08-23.openapi.json')
return true
