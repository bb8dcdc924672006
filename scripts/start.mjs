// `npm start`: sideloads into desktop Excel on Windows/macOS; elsewhere serves the add-in and the
// browser workbench locally, and prints the address once the page is ready to open.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const isWindows = process.platform === 'win32';
const port = Number(process.env.PORT || process.env.npm_package_config_dev_server_port || 3000);

function run(command, args) {
  const child = spawn(command, args, { stdio: 'inherit', shell: isWindows });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

async function serveWorkbench() {
  process.env.WEBPACK_SERVE = 'true'; // the config then serves https when local certificates exist
  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const config = await require('../webpack.config.js')({}, { mode: 'development' });
  const compiler = webpack(config);
  const server = new WebpackDevServer({ ...config.devServer, port }, compiler);
  let announced = false;
  compiler.hooks.done.tap('announce', (stats) => {
    if (stats.hasErrors()) {
      console.error(stats.toString({ all: false, errors: true }));
      return;
    }
    if (announced) return;
    announced = true;
    const protocol = config.devServer.server === 'http' ? 'http' : 'https';
    const base = `${protocol}://localhost:${port}`;
    console.log(`
Outcome Modeler is ready at ${base}/

  Workbench (the task pane with an in-browser workbook):  ${base}/
  Function reference:                                     ${base}/docs/functions.html

Excel on the web (needs https): run "npx office-addin-dev-certs install" once, restart "npm start",
then in Excel on the web choose Home > Add-ins > More Add-ins > Upload My Add-in and pick manifest.xml.
Stop the server with Ctrl+C.
`);
  });
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stop);
  await server.start();
}

if (isWindows || process.platform === 'darwin') {
  // Excel loads the pages from the dev server, with Office.js from Microsoft's CDN as in production.
  run('npx', [
    'office-addin-debugging',
    'start',
    'manifest.xml',
    'desktop',
    '--app',
    'excel',
    '--dev-server',
    'npm run dev-server:excel',
    '--dev-server-port',
    String(port),
  ]);
} else {
  serveWorkbench().catch((error) => {
    console.error(
      `npm start could not serve the add-in: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  });
}
