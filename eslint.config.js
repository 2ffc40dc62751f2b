import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import pluginQuery from '@tanstack/eslint-plugin-query'
import testingLibrary from 'eslint-plugin-testing-library'

const features = ['feed', 'article', 'entities', 'bookmarks', 'search']

/**
 * Imports the app may not make: the mock API never ships in the client, and
 * zod/mini keeps the bundle in budget; plus `patterns` for the boundaries of
 * one part of src/. (ESLint keeps only the last no-restricted-imports that
 * matches a file, so each part restates the common ones.)
 */
const restrictImports = (...patterns) => [
  'error',
  {
    paths: [
      {
        name: 'zod',
        message: "Import * as z from 'zod/mini' in the app: classic zod costs ~80 KB gzip of the 150 KB budget.",
      },
    ],
    patterns: [
      { group: ['**/mocks/**', 'msw', 'msw/*'], message: 'The app knows only the API contract.' },
      ...patterns,
    ],
  },
]

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', 'playwright-report', 'screenshots', '.lighthouse'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      ...pluginQuery.configs['flat/recommended'].reduce((rules, config) => ({ ...rules, ...config.rules }), {}),
      // Bodies are structured blocks rendered as text: never inject HTML.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Render text, never HTML.' },
      ],
      'no-restricted-imports': restrictImports(),
    },
  },
  // A feature never imports another feature; shared code never imports a feature.
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': restrictImports(
        {
          group: ['**/app/**'],
          message: 'Code flows one way, shared → features → app: a feature never imports the app.',
        },
        ...features
          .filter((other) => other !== feature)
          .map((other) => ({
            group: [`**/features/${other}/**`, `**/features/${other}`, `../${other}/**`, `../${other}`],
            message: `A feature never imports another feature (${other}); share through src/components or src/lib.`,
          })),
      ),
    },
  })),
  {
    files: ['src/components/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}', 'src/api/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrictImports({
        group: ['**/features/**', '**/app/**'],
        message: 'Shared code flows one way: shared → features → app.',
      }),
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    ignores: ['tests/e2e/**'],
    ...testingLibrary.configs['flat/react'],
  },
  // Vitest runs with globals off, so Testing Library cannot clean up by itself.
  { files: ['tests/setup.ts'], rules: { 'testing-library/no-manual-cleanup': 'off' } },
)
