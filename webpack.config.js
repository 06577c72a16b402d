// Browser bundles for the add-in (the Node programs are esbuild's job: scripts/build-node.mjs).
// Shaped like the Office generator's config: one entry + HTML page per surface, assets and the
// manifest copied to dist/, and in production the manifest's localhost URLs rewritten to the
// public URL (env ADDIN_PUBLIC_URL).
const fs = require("node:fs");
const path = require("node:path");
const { URL } = require("node:url");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const DEFAULT_PUBLIC_URL = "https://invite-sheet.example.com/";

/**
 * The pages. To add a surface, add a line; `optional` pages are built only when their entry
 * exists, so a later engineer's src/workbench/main.tsx switches workbench.html on by itself.
 * A page without its own template gets html-webpack-plugin's default page.
 */
const PAGES = [
  { name: "taskpane", entry: "./src/taskpane/main.tsx", template: "./src/taskpane/taskpane.html" },
  { name: "commands", entry: "./src/commands/commands.ts", template: "./src/commands/commands.html" },
  { name: "workbench", entry: "./src/workbench/main.tsx", template: "./src/workbench/workbench.html", optional: true },
];

function presentPages() {
  return PAGES.filter((page) => !page.optional || fs.existsSync(path.resolve(__dirname, page.entry)));
}

/** ADDIN_PUBLIC_URL, normalised to end in "/" so it can replace DEV_URL as a prefix. */
function publicUrl() {
  const raw = process.env.ADDIN_PUBLIC_URL || DEFAULT_PUBLIC_URL;
  const url = new URL(raw); // throws on a malformed value: better than a broken manifest
  if (url.protocol !== "https:") throw new Error(`ADDIN_PUBLIC_URL must be https (Office requires it): ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The production manifest: every development URL prefix replaced by the public one. */
function rewriteManifestForProduction(xml, baseUrl = publicUrl()) {
  return xml.split(DEV_URL).join(baseUrl);
}

module.exports = (_env, argv = {}) => {
  const production = argv.mode === "production";
  const pages = presentPages();

  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    context: __dirname,
    entry: Object.fromEntries(pages.map((page) => [page.name, page.entry])),
    output: {
      path: path.resolve(__dirname, "dist"),
      // Hashed names in production let the server cache them for a year (see static-files.ts).
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      // Never `clean`: dist/ also holds the esbuild bundles (server.js, cli.js, bench.js).
      clean: false,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // tsconfig is "nodenext", where relative imports may be written with ".js".
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `tsc --noEmit`; here we only strip types. ES modules out, so
              // webpack can tree-shake Fluent UI.
              transpileOnly: true,
              compilerOptions: { noEmit: false, module: "esnext", moduleResolution: "bundler", sourceMap: !production },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: "all",
        // Vendors change far less often than our code: separate chunks keep their long-cached
        // copies valid across our releases. Only pages that use them load them (commands does not).
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: "react", priority: 20 },
          vendor: { test: /[\\/]node_modules[\\/]/, name: "vendor", priority: 10, chunks: "initial" },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      ...pages.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page.name}.html`,
            chunks: [page.name],
            ...(fs.existsSync(path.resolve(__dirname, page.template)) ? { template: page.template } : { title: "Invite Sheet" }),
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/support.html", to: "support.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            ...(production ? { transform: (content) => rewriteManifestForProduction(content.toString()) } : {}),
          },
        ],
      }),
    ],
  };
};

module.exports.DEV_URL = DEV_URL;
module.exports.PAGES = PAGES;
module.exports.rewriteManifestForProduction = rewriteManifestForProduction;
