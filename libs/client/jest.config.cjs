module.exports = {
  displayName: 'client',
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  moduleNameMapper: { '^@mufakat/contracts$': '<rootDir>/../contracts/src/index.ts' },
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
};
