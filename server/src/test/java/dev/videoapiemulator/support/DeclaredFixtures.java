package dev.videoapiemulator.support;

/** The application of the tests of declared jobs: src/test/resources/fixtures-declared. */
public class DeclaredFixtures extends ConfigOverrides {

    public DeclaredFixtures() {
        super("emulator.fixtures.dir", "src/test/resources/fixtures-declared");
    }
}
