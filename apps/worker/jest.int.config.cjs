/** Integration specs: the worker against the machine's real PostgreSQL and Redis, a fresh database per run. */
module.exports = {
  displayName: 'worker-int',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testRegex: '\\.int-spec\\.ts$',
  testTimeout: 120000,
  moduleNameMapper: {
    '^@mufakat/(contracts|persistence|minutes|documents)$': '<rootDir>/../../libs/$1/src/index.ts',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
};
