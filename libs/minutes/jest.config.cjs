module.exports = {
  displayName: 'minutes',
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  moduleNameMapper: {
    '^@mufakat/contracts$': '<rootDir>/../contracts/src/index.ts',
    '^@mufakat/persistence$': '<rootDir>/../persistence/src/index.ts',
    '^@mufakat/documents$': '<rootDir>/../documents/src/index.ts',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
};
