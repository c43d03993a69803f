/**
 * Two Jest projects share one run:
 *  - lwc: Lightning Web Components through @salesforce/sfdx-lwc-jest;
 *  - ts:  the TypeScript tooling in scripts/ (unit, integration, functional tiers under test/).
 */
const { jestConfig: lwcJestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
  projects: [
    {
      ...lwcJestConfig,
      displayName: 'lwc',
      roots: ['<rootDir>/force-app'],
      moduleNameMapper: {
        '^lightning/(platformShowToastEvent|navigation|uiRecordApi)$':
          '<rootDir>/force-app/test/jest-mocks/lightning/$1'
      },
      testPathIgnorePatterns: ['<rootDir>/node_modules/', '<rootDir>/test/']
    },
    {
      displayName: 'ts',
      preset: 'ts-jest',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts']
    }
  ],
  coverageThreshold: {
    './force-app/**/lwc/**/*.js': { lines: 90 }
  }
};
