/** Integration specs: the migrations against the machine's real PostgreSQL, a fresh database per spec. */
module.exports = {
  displayName: 'persistence-int',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testRegex: '\\.int-spec\\.ts$',
  testTimeout: 60000,
  moduleNameMapper: {
    '^@mufakat/contracts$': '<rootDir>/../contracts/src/index.ts',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
};
