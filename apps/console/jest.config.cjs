// Dates in tests are written in UTC; the zone must not depend on the machine running them.
process.env.TZ = 'UTC';

module.exports = {
  displayName: 'console',
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  moduleNameMapper: {
    '^@mufakat/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
    '^@mufakat/client$': '<rootDir>/../../libs/client/src/index.ts',
  },
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
};
