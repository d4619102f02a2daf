/** Unit specs: the worker's configuration rules. */
module.exports = {
  displayName: 'worker',
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testRegex: '\\.spec\\.ts$',
  moduleNameMapper: {
    '^@mufakat/(contracts|persistence|minutes|documents)$': '<rootDir>/../../libs/$1/src/index.ts',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
};
