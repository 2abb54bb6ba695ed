import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // the LibreOffice checks start soffice: keep files sequential, tests inside in order
    fileParallelism: true,
    maxWorkers: 2,
    // samling's messages follow the locale: tests read English unless they set nb or nn themselves
    env: { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' },
  },
});
