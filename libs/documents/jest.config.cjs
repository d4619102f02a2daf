module.exports = {
  displayName: 'documents',
  testEnvironment: 'node',
  // Rendering a PDF and reading it back with poppler takes a second alone, many on a machine shared with other builds.
  testTimeout: 30000,
  roots: ['<rootDir>/src'],
  moduleNameMapper: { '^@mufakat/contracts$': '<rootDir>/../contracts/src/index.ts' },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
};
