// Builds the add-in: one shared-runtime page (task pane + custom functions), functions.json from
// JSDoc, the manifest for the hosting base URL, and the user docs rendered to HTML.
import path from 'node:path';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import CustomFunctionsMetadataPlugin from 'custom-functions-metadata-plugin';
import webpack from 'webpack';
import { marked } from 'marked';
import manifestTools from './scripts/manifest.cjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const { DEV_BASE_URL, renderManifest } = manifestTools;
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DEV_PORT = 3000;

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
      compilation.hooks.processAssets.tap({ name: 'DocsPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const docsDir = path.join(root, 'docs');
        for (const file of readdirSync(docsDir).filter((f) => f.endsWith('.md'))) {
          const fullPath = path.join(docsDir, file);
          compilation.fileDependencies.add(fullPath);
          const body = marked.parse(readFileSync(fullPath, 'utf8'));
          const title = file.replace(/\.md$/, '');
          const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Outcome Modeler — ${title}</title>` +
            `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:; style-src 'self'">` +
            `<link rel="stylesheet" href="docs.css"></head><body><main>${body}</main></body></html>`;
          compilation.emitAsset(`docs/${title}.html`, new webpack.sources.RawSource(html));
        }
      });
    });
  }
}

/** Writes the manifest for this build's base URL and points functions.json help links at it. */
class AddinUrlsPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl.replace(/\/$/, '');
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('AddinUrlsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'AddinUrlsPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        compilation.emitAsset('manifest.xml', new webpack.sources.RawSource(renderManifest(this.baseUrl)));
        const asset = compilation.getAsset('functions.json');
        if (!asset) return;
        const metadata = JSON.parse(asset.source.source().toString());
        for (const fn of metadata.functions) {
          if (fn.helpUrl?.startsWith(DEV_BASE_URL)) fn.helpUrl = this.baseUrl + fn.helpUrl.slice(DEV_BASE_URL.length);
        }
        compilation.updateAsset('functions.json', new webpack.sources.RawSource(JSON.stringify(metadata, null, 2)));
      });
    });
  }
}

/** Records which source modules each bundle holds, so a test can prove nothing test- or build-only ships. */
class BundleReportPlugin {
  apply(compiler) {
    compiler.hooks.done.tap('BundleReportPlugin', ({ compilation }) => {
      const source = (m) => (m.modules ? [...m.modules].flatMap(source) : [m.resource ?? m.identifier()]);
      const chunks = [...compilation.chunks].map((chunk) => ({
        names: chunk.name ? [chunk.name] : [],
        files: [...chunk.files],
        modules: [...new Set([...compilation.chunkGraph.getChunkModulesIterable(chunk)].flatMap(source))]
          .map((file) => path.relative(root, file.split('!').pop()))
          .sort(),
      }));
      mkdirSync(path.join(root, 'reports'), { recursive: true });
      writeFileSync(path.join(root, 'reports/bundle-modules.json'), JSON.stringify({ chunks }, null, 2));
    });
  }
}

async function httpsOptions() {
  // Windows/macOS sideloading needs trusted certificates; elsewhere use them only if already made.
  const certDir = path.join(homedir(), '.office-addin-dev-certs');
  if (process.platform === 'win32' || process.platform === 'darwin') {
    const devCerts = await import('office-addin-dev-certs');
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

export default async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const baseUrl = env.baseUrl ?? DEV_BASE_URL;
  // Inside Excel the page loads Office.js from Microsoft's CDN (Store requirement); development serves the npm copy offline.
  const officeJs = env.officeJs ?? (production ? 'cdn' : 'local');
  const officeJsFromCdn = officeJs === 'cdn';
  const serving = process.env.WEBPACK_SERVE === 'true';
  const https = serving ? await httpsOptions() : null;

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      functions: ['./src/functions/installRuntimeShim.ts', './src/functions/functions.ts', './src/functions/markRegistered.ts'],
      taskpane: './src/taskpane/index.tsx',
    },
    output: {
      path: path.resolve(root, env.outputPath ?? 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
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
          ...(officeJsFromCdn ? [] : [{ from: 'node_modules/@microsoft/office-js/dist', to: 'office-js' }]),
        ],
      }),
      new DocsPlugin(),
      new AddinUrlsPlugin(baseUrl),
      ...(production ? [new BundleReportPlugin()] : []),
    ],
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port ?? DEV_PORT),
      host: 'localhost',
      hot: false,
      liveReload: false,
      client: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: https ? { type: 'https', options: https } : 'http',
      devMiddleware: { writeToDisk: false },
    },
  };
};
