const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
  ...jestConfig,
  moduleNameMapper: {
    // Base-component and platform stubs shared by every test live in one place.
    '^@salesforce/apex/DynamoLauncherController\\.(\\w+)$':
      '<rootDir>/force-app/test/jest-mocks/apex/DynamoLauncherController.$1',
    '^lightning/platformShowToastEvent$':
      '<rootDir>/force-app/test/jest-mocks/lightning/platformShowToastEvent',
    '^lightning/progressBar$': '<rootDir>/force-app/test/jest-mocks/lightning/progressBar/progressBar',
    '^@dynamo/contract$': '<rootDir>/types/dynamo-contract.d.ts'
  },
  // Custom Labels resolve to their real text from CustomLabels.labels-meta.xml.
  setupFiles: ['<rootDir>/force-app/test/jest-mocks/labels/registerCustomLabels.js'],
  setupFilesAfterEnv: ['<rootDir>/jest.setup.js'],
  testMatch: ['**/force-app/**/__tests__/**/*.test.ts'],
  modulePathIgnorePatterns: ['<rootDir>/.localdevserver', '<rootDir>/workbench/dist'],
  collectCoverageFrom: ['force-app/**/lwc/**/*.ts', '!force-app/**/__tests__/**'],
  // The LWC transformer does not instrument TypeScript for babel coverage (it reports 0%); V8 measures the .ts.
  coverageProvider: 'v8',
  coverageThreshold: {
    './force-app/**/lwc/**/*.ts': { lines: 90 }
  }
};
