/** Integration specs: the loader against the machine's real PostgreSQL, migrated by the real migrations. */
module.exports = {
  displayName: 'minutes-int',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testRegex: '\\.int-spec\\.ts$',
  testTimeout: 60000,
  moduleNameMapper: {
    '^@mufakat/(contracts|persistence|documents)$': '<rootDir>/../$1/src/index.ts',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
};
