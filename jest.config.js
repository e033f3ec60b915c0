const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
  ...jestConfig,
  moduleNameMapper: {
    // Base-component and platform stubs shared by every test live in one place.
    '^lightning/platformShowToastEvent$': '<rootDir>/force-app/test/jest-mocks/lightning/platformShowToastEvent',
    '^@dynamo/contract$': '<rootDir>/types/dynamo-contract.d.ts'
  },
  setupFilesAfterEnv: ['<rootDir>/jest.setup.js'],
  testMatch: ['**/force-app/**/__tests__/**/*.test.ts'],
  modulePathIgnorePatterns: ['<rootDir>/.localdevserver', '<rootDir>/workbench/dist'],
  collectCoverageFrom: ['force-app/**/lwc/**/*.ts', '!force-app/**/__tests__/**']
};
