import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import pluginQuery from '@tanstack/eslint-plugin-query'
import testingLibrary from 'eslint-plugin-testing-library'

const features = ['feed', 'article', 'entities', 'bookmarks']
const clientOnlyPaths = [{ name: 'zod', message: "Import * as z from 'zod/mini' in the app: classic zod costs ~80 KB gzip of the 150 KB budget." }]

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
      // The mock API never ships in the client; zod/mini keeps the bundle in budget.
      'no-restricted-imports': ['error', { paths: clientOnlyPaths, patterns: [{ group: ['**/mocks/**', 'msw', 'msw/*'], message: 'The app knows only the API contract.' }] }],
    },
  },
  // A feature never imports another feature; shared code never imports a feature.
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: clientOnlyPaths,
          patterns: [
            { group: ['**/mocks/**', 'msw', 'msw/*'], message: 'The app knows only the API contract.' },
            ...features
              .filter((other) => other !== feature)
              .map((other) => ({ group: [`**/features/${other}/**`, `**/features/${other}`], message: `A feature never imports another feature (${other}); share through src/components or src/lib.` })),
          ],
        },
      ],
    },
  })),
  {
    files: ['src/components/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}', 'src/api/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: clientOnlyPaths,
          patterns: [
            { group: ['**/mocks/**', 'msw', 'msw/*'], message: 'The app knows only the API contract.' },
            { group: ['**/features/**', '**/app/**'], message: 'Shared code flows one way: shared → features → app.' },
          ],
        },
      ],
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
