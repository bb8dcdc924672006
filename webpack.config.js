// Builds the add-in: a small functions entry that registers the OUTCOME functions first, the task
// pane (its UI loaded on demand), functions.json from JSDoc, the manifest for the hosting base URL,
// and the user docs rendered to HTML.
const path = require('node:path');
const { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } = require('node:fs');
const { homedir } = require('node:os');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const webpack = require('webpack');
const { marked } = require('marked');
const { DEV_BASE_URL, renderManifest } = require('./scripts/manifest.cjs');
const { finishFunctionsMetadata } = require('./scripts/functionsMetadata.cjs');

const root = __dirname;
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DEFAULT_DEV_PORT = 3000;

/** Content-Security-Policy: our own scripts plus Office.js; Fluent injects styles at run time. */
function contentSecurityPolicy(officeJsFromCdn) {
  const office = officeJsFromCdn ? ' https://appsforoffice.microsoft.com' : '';
  return [
    "default-src 'self'",
    `script-src 'self'${office}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self'${office}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

/** Emits docs/*.md as HTML pages: the help URLs of the functions point at their sections. */
class DocsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('DocsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'DocsPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const docsDir = path.join(root, 'docs');
          for (const file of readdirSync(docsDir).filter((f) => f.endsWith('.md'))) {
            const fullPath = path.join(docsDir, file);
            compilation.fileDependencies.add(fullPath);
            const body = marked.parse(readFileSync(fullPath, 'utf8'));
            const title = file.replace(/\.md$/, '');
            const html =
              `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Outcome Modeler — ${title}</title>` +
              `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:; style-src 'self'">` +
              `<link rel="stylesheet" href="docs.css"></head><body><main>${body}</main></body></html>`;
            compilation.emitAsset(`docs/${title}.html`, new webpack.sources.RawSource(html));
          }
        },
      );
    });
  }
}

/** Writes the manifest for this build's base URL and finishes functions.json for it. */
class AddinUrlsPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl.replace(/\/$/, '');
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('AddinUrlsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'AddinUrlsPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          compilation.emitAsset(
            'manifest.xml',
            new webpack.sources.RawSource(renderManifest(this.baseUrl)),
          );
          const asset = compilation.getAsset('functions.json');
          if (!asset) return;
          const metadata = finishFunctionsMetadata(
            JSON.parse(asset.source.source().toString()),
            this.baseUrl,
          );
          compilation.updateAsset(
            'functions.json',
            new webpack.sources.RawSource(JSON.stringify(metadata, null, 2)),
          );
        },
      );
    });
  }
}

/** Records which source modules each bundle holds, so a test can prove nothing test- or build-only ships. */
class BundleReportPlugin {
  constructor(reportPath) {
    this.reportPath = reportPath;
  }
  apply(compiler) {
    compiler.hooks.done.tap('BundleReportPlugin', ({ compilation }) => {
      const source = (m) =>
        m.modules ? [...m.modules].flatMap(source) : [m.resource ?? m.identifier()];
      const chunks = [...compilation.chunks].map((chunk) => ({
        names: chunk.name ? [chunk.name] : [],
        files: [...chunk.files],
        modules: [
          ...new Set([...compilation.chunkGraph.getChunkModulesIterable(chunk)].flatMap(source)),
        ]
          .map((file) => path.relative(root, file.split('!').pop()))
          .sort(),
      }));
      // What each entry or on-demand import loads, so sizes can be reported as a user downloads them.
      const groups = [...compilation.namedChunkGroups].map(([name, group]) => ({
        name,
        files: group.getFiles().filter((f) => f.endsWith('.js')),
      }));
      mkdirSync(path.dirname(this.reportPath), { recursive: true });
      writeFileSync(this.reportPath, JSON.stringify({ chunks, groups }, null, 2));
    });
  }
}

async function httpsOptions() {
  // Windows/macOS sideloading needs trusted certificates; elsewhere use them only if already made.
  const certDir = path.join(homedir(), '.office-addin-dev-certs');
  if (process.platform === 'win32' || process.platform === 'darwin') {
    const devCerts = require('office-addin-dev-certs');
    return devCerts.getHttpsServerOptions();
  }
  if (existsSync(path.join(certDir, 'localhost.crt'))) {
    return {
      ca: readFileSync(path.join(certDir, 'ca.crt')),
      key: readFileSync(path.join(certDir, 'localhost.key')),
      cert: readFileSync(path.join(certDir, 'localhost.crt')),
    };
  }
  return null;
}

/** A production build is hosted somewhere: without that address it would ship localhost URLs. */
function productionBaseUrl(env) {
  if (env.baseUrl) return env.baseUrl;
  throw new Error(
    'A production build needs the address it will be hosted at, so that no localhost URL ships:\n' +
      '  npm run build -- --env baseUrl=https://your.host/outcome-modeler',
  );
}

/** Redirects the bare address (keeping its query, such as ?paneWidth=320) to the pane's page. */
function rootToPane(req, res, next) {
  if (req.path !== '/') return next();
  const query = req.originalUrl.includes('?')
    ? req.originalUrl.slice(req.originalUrl.indexOf('?'))
    : '';
  return res.redirect(302, `/taskpane.html${query}`);
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const baseUrl = production ? productionBaseUrl(env) : DEV_BASE_URL;
  // Inside Excel the page loads Office.js from Microsoft's CDN (a Store requirement, and what
  // sideloading uses); the Linux workbench serves the npm copy so it works offline.
  const officeJs = env.officeJs ?? (production ? 'cdn' : 'local');
  const officeJsFromCdn = officeJs === 'cdn';
  const serving = process.env.WEBPACK_SERVE === 'true';
  const https = serving ? await httpsOptions() : null;

  return {
    mode: production ? 'production' : 'development',
    // Never an eval source map: the pages' policy forbids eval, in development as in production.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: {
      functions: [
        './src/functions/installRuntimeShim.ts',
        './src/functions/functions.ts',
        './src/functions/markRegistered.ts',
      ],
      taskpane: './src/taskpane/index.ts',
    },
    output: {
      path: path.resolve(root, env.outputPath ?? 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: 'functions.json',
        input: './src/functions/functions.ts',
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // Functions first: Excel can calculate before the pane's UI has downloaded.
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        templateParameters: {
          officeJsUrl: officeJsFromCdn ? OFFICE_JS_CDN : 'office-js/office.js',
          contentSecurityPolicy: contentSecurityPolicy(officeJsFromCdn),
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'docs/docs.css', to: 'docs/docs.css' },
          { from: 'docs/images', to: 'docs/images' },
          ...(officeJsFromCdn
            ? []
            : [{ from: 'node_modules/@microsoft/office-js/dist', to: 'office-js' }]),
        ],
      }),
      new DocsPlugin(),
      new AddinUrlsPlugin(baseUrl),
      ...(production
        ? [
            new BundleReportPlugin(
              path.resolve(root, env.reportPath ?? 'reports/bundle-modules.json'),
            ),
          ]
        : []),
    ],
    devServer: {
      port: Number(
        process.env.PORT || process.env.npm_package_config_dev_server_port || DEFAULT_DEV_PORT,
      ),
      host: 'localhost',
      hot: false,
      liveReload: false,
      client: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: https ? { type: 'https', options: https } : 'http',
      static: false,
      devMiddleware: { writeToDisk: false, stats: 'errors-warnings' },
      // The bare address a user types opens the workbench (or the pane) instead of "Cannot GET /".
      setupMiddlewares: (middlewares) => [
        { name: 'root-to-pane', path: '/', middleware: rootToPane },
        ...middlewares,
      ],
    },
  };
};
