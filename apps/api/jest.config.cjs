/** Unit specs: pure rules, no services needed. */
module.exports = {
  displayName: 'api',
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testRegex: '\\.spec\\.ts$',
  moduleNameMapper: {
    '^@mufakat/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
    '^@mufakat/persistence$': '<rootDir>/../../libs/persistence/src/index.ts',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
};
