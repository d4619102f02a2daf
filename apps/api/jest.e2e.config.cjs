/** End-to-end specs: the built product as a user meets it (embedded mode, headless Chromium). */
module.exports = {
  displayName: 'api-e2e',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testRegex: '\\.e2e-spec\\.ts$',
  testTimeout: 180000,
  // A timer or socket a replica under test leaves behind must never hold CI until its deadline: once every
  // suite has reported, the run ends (a hang in a test still fails it by its timeout).
  forceExit: true,
  moduleNameMapper: {
    '^@mufakat/(contracts|persistence|minutes|documents)$': '<rootDir>/../../libs/$1/src/index.ts',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
};
