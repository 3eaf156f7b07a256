evaluate(new File(basedir, '../../../src/it/consumer-verify.groovy')).check(basedir, 'junit-jupiter-engine-5.14.4.jar')
