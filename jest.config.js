// Three projects: unit (engine, functions, workbook, pane), dist (checks the production build), e2e (browser).
const tsJest = [
  'ts-jest',
  {
    tsconfig: { jsx: 'react-jsx', module: 'commonjs', moduleResolution: 'node' },
    diagnostics: false,
  },
];
const shared = {
  transform: { '^.+\\.tsx?$': tsJest },
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/test/support/office-addin-manifest-stub.ts',
    '\\.(css|png|svg)$': '<rootDir>/test/support/file-stub.ts',
    // The browser bundle the pane loads, in every environment: jsdom would otherwise pick ESM-only
    // browser builds of its dependencies, and the tests then run what users run.
    '^exceljs$': '<rootDir>/node_modules/exceljs/dist/exceljs.min.js',
  },
};
module.exports = {
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: [
        '<rootDir>/test/{architecture,docs,engine,functions,runs,workbook,workbench,metadata,scripts,bench}/**/*.test.ts',
        '<rootDir>/test/taskpane/**/*.test.{ts,tsx}',
      ],
      setupFilesAfterEnv: ['<rootDir>/test/support/setup.ts'],
    },
    {
      ...shared,
      displayName: 'dist',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/dist/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
    },
  ],
};
