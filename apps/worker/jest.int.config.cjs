/** Integration specs: the worker against the machine's real PostgreSQL and Redis, a fresh database per run. */
module.exports = {
  displayName: 'worker-int',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testRegex: '\\.int-spec\\.ts$',
  testTimeout: 120000,
  // A timer or socket a replica under test leaves behind must never hold CI until its deadline: once every
  // suite has reported, the run ends (a hang in a test still fails it by its timeout).
  forceExit: true,
  moduleNameMapper: {
    '^@mufakat/(contracts|persistence|minutes|documents)$': '<rootDir>/../../libs/$1/src/index.ts',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
};
