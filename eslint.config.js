import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import pluginQuery from '@tanstack/eslint-plugin-query'
import testingLibrary from 'eslint-plugin-testing-library'
import boundaries from 'eslint-plugin-boundaries'

// The layers of src/, lowest first: each may import only the layers before it
// (and a feature only its own folder). Lowest of all, src/scheduling hands the thread back to the browser: the
// API's parse of a long page yields too.
const layers = ['scheduling', 'api', 'reader-data', 'lib', 'components', 'feature', 'app']
const elements = [
  { type: 'scheduling', pattern: 'src/scheduling' },
  { type: 'api', pattern: 'src/api' },
  { type: 'reader-data', pattern: 'src/reader-data' },
  { type: 'lib', pattern: 'src/lib' },
  { type: 'components', pattern: 'src/components' },
  { type: 'feature', pattern: 'src/features/*', capture: ['name'] },
  { type: 'app', pattern: 'src/app' },
]
const layerPolicies = layers.map((layer, index) => ({
  from: { element: { type: layer } },
  disallow: { to: { element: { types: { anyOf: layers.slice(index + 1) } } } },
  message: `Imports flow one way (${layers.join(' → ')}): ${layer} may not import {{ to.type }}.`,
}))

/** What src/ never imports: the mock API never ships, and zod/mini keeps the bundle in budget. */
const neverInSrc = [
  'error',
  {
    paths: [
      {
        name: 'zod',
        message: "Import * as z from 'zod/mini' in the app: classic zod costs ~80 KB gzip of the 144 KB budget.",
      },
    ],
    patterns: [{ group: ['**/mocks/**', 'msw', 'msw/*'], message: 'The app knows only the API contract.' }],
  },
]

// Bodies are structured blocks rendered as text: never inject HTML.
const neverHtml = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
  { selector: "MemberExpression[property.name='innerHTML']", message: 'Render text, never HTML.' },
]

export default tseslint.config(
  {
    ignores: [
      'dist',
      'bench/floor/dist',
      'node_modules',
      'public',
      'test-results',
      'playwright-report',
      'screenshots',
      '.lighthouse',
    ],
  },
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
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, '@tanstack/query': pluginQuery, boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/dependency-nodes': ['import', 'dynamic-import', 'export'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      ...pluginQuery.configs['flat/recommended'].reduce((rules, config) => ({ ...rules, ...config.rules }), {}),
      'no-restricted-syntax': [
        'error',
        ...neverHtml,
        // The first collator or Intl object of a page loads the browser's locale data: tens of ms on a slow phone.
        {
          selector:
            'MemberExpression[property.name=/^(localeCompare|toLocaleString|toLocaleDateString|toLocaleTimeString)$/]',
          message: 'Compare with src/lib/compare.ts and write with src/lib/format.ts (decision 024).',
        },
        {
          selector: "Identifier[name='Intl']",
          message: 'Write dates and numbers with src/lib/format.ts (decision 024).',
        },
      ],
      'no-restricted-imports': neverInSrc,
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            ...layerPolicies,
            {
              from: { element: { type: 'feature' } },
              disallow: { to: { element: { type: 'feature' } } },
              message:
                'A feature never imports another feature ({{ to.captured.name }}): share through src/components or src/lib.',
            },
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
  // Tests hold the app's own formatting to Intl's output (src/lib/format.test.ts).
  { files: ['src/**/*.test.{ts,tsx}'], rules: { 'no-restricted-syntax': ['error', ...neverHtml] } },
  // Vitest runs with globals off, so Testing Library cannot clean up by itself.
  { files: ['tests/setup.ts'], rules: { 'testing-library/no-manual-cleanup': 'off' } },
)
