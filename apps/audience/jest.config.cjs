module.exports = {
  displayName: 'audience',
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  // TypeScript sources before any compiled .js that may sit beside them in a lib.
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    '^@mufakat/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
    '^@mufakat/client$': '<rootDir>/../../libs/client/src/index.ts',
  },
  // Jest runs CommonJS; Vite bundles the same sources as ES modules.
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
};
