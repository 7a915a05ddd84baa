// The README's consumer POM generated the CreateFlow models and validator and compiled them for Java 17.
def classes = new File(basedir, 'target/classes/com/example/appflow')
def validator = new File(classes, 'validation/CreateFlowRequestValidator.class')
assert validator.isFile()
assert new File(classes, 'CreateFlowRequest.class').isFile()
// Class file major version 61 is Java 17.
def bytes = validator.bytes
assert ((bytes[6] & 0xff) << 8 | (bytes[7] & 0xff)) == 61
def log = new File(basedir, 'build.log').text
assert !log.contains('[WARNING]') : 'the README POM builds with warnings'
return true
