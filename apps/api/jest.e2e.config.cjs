/** End-to-end specs: the built product as a user meets it (embedded mode, headless Chromium). */
module.exports = {
  displayName: 'api-e2e',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testRegex: '\\.e2e-spec\\.ts$',
  testTimeout: 180000,
  moduleNameMapper: {
    '^@mufakat/(contracts|persistence|minutes|documents)$': '<rootDir>/../../libs/$1/src/index.ts',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
};
