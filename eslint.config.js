// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * The recommended rules of ESLint and typescript-eslint, without type information (fast enough
 * to run on every `npm test`).
 */
export default defineConfig(
  { ignores: ['node_modules/**', '.data/**', 'bench-results/**', 'dist/**', 'coverage/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks a parameter a signature requires but the body does not use, and
      // destructuring with a rest drops the named keys on purpose (a secret, an internal id).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // The dashboard's and the web chat's page scripts: plain browser JavaScript, no build step.
    files: ['api/**/*.js'],
    rules: {
      // The web chat's script is ES5 (older phones), where a catch clause must name the error it ignores.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true, caughtErrors: 'none' }],
    },
    languageOptions: {
      sourceType: 'script',
      globals: {
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        location: 'readonly',
        history: 'readonly',
        localStorage: 'readonly',
        sessionStorage: 'readonly',
        fetch: 'readonly',
        EventSource: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        FormData: 'readonly',
        Intl: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        requestAnimationFrame: 'readonly',
        console: 'readonly',
        crypto: 'readonly',
        Blob: 'readonly',
        Event: 'readonly',
        HTMLElement: 'readonly',
        HTMLFormElement: 'readonly',
        AbortController: 'readonly',
      },
    },
  },
);
