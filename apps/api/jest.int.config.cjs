/** Integration specs: the machine's real PostgreSQL and Redis, a fresh database per run. */
module.exports = {
  displayName: 'api-int',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testRegex: '\\.int-spec\\.ts$',
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  moduleNameMapper: {
    '^@mufakat/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
    '^@mufakat/persistence$': '<rootDir>/../../libs/persistence/src/index.ts',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
};
