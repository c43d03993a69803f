/**
 * Two Jest projects share one run:
 *  - lwc: Lightning Web Components through @salesforce/sfdx-lwc-jest;
 *  - ts:  the TypeScript tooling in scripts/ (unit, integration, functional tiers under test/).
 */
const { jestConfig: lwcJestConfig } = require('@salesforce/sfdx-lwc-jest/config');

// In multi-project mode Jest reads collectCoverageFrom only at the top level, so
// sfdx-lwc-jest's list is lifted out of the lwc project.
const { collectCoverageFrom, ...lwcProject } = lwcJestConfig;

module.exports = {
  projects: [
    {
      ...lwcProject,
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
  collectCoverageFrom,
  coverageThreshold: {
    './force-app/**/lwc/**/*.js': { lines: 90 }
  }
};
