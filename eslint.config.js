/**
 * ESLint 9 flat config.
 * - LWC sources: @salesforce/eslint-config-lwc (recommended), scoped to the lwc folders.
 * - LWC Jest tests: the same, plus Jest globals.
 * - TypeScript tooling (scripts/, test/): typescript-eslint recommended, type-aware where cheap.
 */
const lwcConfig = require('@salesforce/eslint-config-lwc');
const tseslint = require('typescript-eslint');
const globals = require('globals');

const lwcFiles = ['force-app/**/lwc/**/*.js'];
const scope = (configs, files) => configs.map((config) => ({ ...config, files }));

module.exports = [
  {
    ignores: [
      'node_modules/**',
      'coverage/**',
      '.sf/**',
      '.sfdx/**',
      '.cache/**',
      '**/staticresources/**',
      'docs/roadmap/**',
      'test/fixtures/**'
    ]
  },
  ...scope(lwcConfig.configs.recommended, lwcFiles),
  {
    files: ['force-app/**/lwc/**/__tests__/**/*.js', 'force-app/test/jest-mocks/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: { '@lwc/lwc/no-unexpected-wire-adapter-usages': 'off' }
  },
  ...scope(tseslint.configs.recommended, ['scripts/**/*.ts', 'test/**/*.ts']),
  {
    files: ['scripts/**/*.ts', 'test/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
      eqeqeq: ['error', 'always']
    }
  },
  {
    files: ['*.js', '.ci/**/*.js', 'force-app/test/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } }
  }
];
