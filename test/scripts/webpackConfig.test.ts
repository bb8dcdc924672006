/**
 * The build configuration users run: `npm start` (development) and `npm run build` (production).
 * Built pages run under a policy that forbids eval, so no build may use an eval source map, and a
 * production build must know where it will be hosted so that it never ships localhost.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js') as (
  env: Record<string, string>,
  argv: { mode: string },
) => Promise<{ devtool: string | false; plugins: object[] }>;

it('refuses a production build without a hosting URL, and names the option to give', async () => {
  await expect(makeConfig({}, { mode: 'production' })).rejects.toThrow('--env baseUrl=');
});

it('builds for production when given the hosting URL', async () => {
  const config = await makeConfig(
    { baseUrl: 'https://addins.example.com/om' },
    { mode: 'production' },
  );
  expect(config.devtool).toBe('source-map');
});

it('uses no eval source map in development, which the page policy would block', async () => {
  const config = await makeConfig({}, { mode: 'development' });
  expect(String(config.devtool)).not.toContain('eval');
});
