/** Integration specs: the loader against the machine's real PostgreSQL, migrated by the real migrations. */
module.exports = {
  displayName: 'minutes-int',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testRegex: '\\.int-spec\\.ts$',
  testTimeout: 60000,
  // A timer or socket a replica under test leaves behind must never hold CI until its deadline: once every
  // suite has reported, the run ends (a hang in a test still fails it by its timeout).
  forceExit: true,
  moduleNameMapper: {
    '^@mufakat/(contracts|persistence|documents)$': '<rootDir>/../$1/src/index.ts',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
};
