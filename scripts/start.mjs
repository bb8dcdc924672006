// `npm start`: sideloads into desktop Excel on Windows/macOS; elsewhere serves the add-in and the
// browser workbench locally and says how to open them.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

const port = process.env.npm_package_config_dev_server_port ?? '3000';
const isWindows = process.platform === 'win32';

function run(command, args) {
  const child = spawn(command, args, { stdio: 'inherit', shell: isWindows });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

if (isWindows || process.platform === 'darwin') {
  run('npx', ['office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--app', 'excel']);
} else {
  const https = existsSync(path.join(homedir(), '.office-addin-dev-certs', 'localhost.crt'));
  const base = `${https ? 'https' : 'http'}://localhost:${port}`;
  console.log(`
Outcome Modeler is being served at ${base}

  Workbench (the task pane with an in-browser workbook):  ${base}/taskpane.html
  Function reference:                                     ${base}/docs/functions.html

Excel on the web (needs https): run "npx office-addin-dev-certs install" once, restart "npm start",
then in Excel on the web choose Home > Add-ins > More Add-ins > Upload My Add-in and pick manifest.xml.
Stop the server with Ctrl+C.
`);
  run('npx', ['webpack', 'serve', '--mode', 'development']);
}
