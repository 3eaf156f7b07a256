evaluate(new File(basedir, '../../../src/it/consumer-verify.groovy')).check(basedir, 'junit-jupiter-engine-6.1.3.jar')
