// ESLint 9 flat config. LWC TypeScript gets Salesforce's own LWC rules (recommendedTs, babel parser, as the
// sample apps do); Node-side TypeScript (scripts, emulator, workbench, e2e) gets typescript-eslint.
const js = require('@eslint/js');
const globals = require('globals');
const jestPlugin = require('eslint-plugin-jest');
const lwcConfig = require('@salesforce/eslint-config-lwc');
const tseslint = require('typescript-eslint');

const LWC_TS = ['**/lwc/**/*.ts'];
const LWC_TESTS = ['**/lwc/**/__tests__/**/*.ts', 'force-app/test/**/*.{js,ts}'];
const NODE_TS = ['scripts/**/*.ts', 'emulator/**/*.ts', 'workbench/**/*.ts', 'e2e/**/*.ts'];

module.exports = [
  {
    ignores: [
      // Generated: each component's .js is compiled from its .ts by npm run build.
      'force-app/**/lwc/*/*.js',
      'workbench/dist/**',
      'node_modules/**',
      'coverage/**',
      'artifacts/**',
      '.sf/**',
      '.sfdx/**',
      // Deliberately broken samples the gate tests feed to each gate.
      'test/gate-fixtures/**'
    ]
  },

  // Lightning web components, authored in TypeScript.
  ...lwcConfig.configs.recommendedTs.map((config) => ({ ...config, files: LWC_TS })),
  {
    files: LWC_TS,
    rules: {
      // The babel parser reads type annotations as values: these core rules then flag type names and
      // annotation members. tsc (strict, noUnusedLocals, noUnusedParameters) checks all three exactly.
      'no-undef': 'off',
      'no-unused-vars': 'off',
      'no-use-before-define': 'off'
    }
  },
  {
    files: LWC_TESTS,
    ...jestPlugin.configs['flat/recommended'],
    languageOptions: {
      ...jestPlugin.configs['flat/recommended'].languageOptions,
      globals: { ...globals.jest, ...globals.node }
    }
  },
  {
    files: LWC_TESTS,
    rules: {
      // Tests drive the UI step by step: each await must finish before the next interaction.
      'no-await-in-loop': 'off'
    }
  },

  // Node-side TypeScript.
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: NODE_TS })),
  {
    files: NODE_TS,
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },

  // Plain JavaScript configuration and build files.
  {
    files: ['*.js', 'scripts/**/*.{js,mjs,cjs}'],
    ...js.configs.recommended,
    languageOptions: { globals: globals.node, sourceType: 'commonjs' }
  },
  // Jest stand-ins for base components are LWC modules themselves.
  ...lwcConfig.configs.recommended.map((config) => ({
    ...config,
    files: ['force-app/test/jest-mocks/**/*.js']
  })),
  {
    files: ['**/*.mjs'],
    ...js.configs.recommended,
    languageOptions: { globals: { ...globals.node, ...globals.jest }, sourceType: 'module' }
  }
];
