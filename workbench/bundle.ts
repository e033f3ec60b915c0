// Builds the browser side of the workbench with the same compiler the platform uses: rollup +
// @lwc/rollup-plugin, the real component from force-app (compiled from .ts by `npm run build`) and the real
// base components. Platform modules the component imports resolve, here only, to modules in ./modules, and
// Custom Labels to their text in the project's CustomLabels file.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import lwc from '@lwc/rollup-plugin';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { customLabelsPlugin } from './custom-labels-plugin.ts';
import { LABELS_PATH } from './salesforce-metadata.ts';

const WORKBENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const LWC_DIR = fileURLToPath(new URL('../force-app/main/default/lwc/', import.meta.url));
const MODULES_DIR = `${WORKBENCH_DIR}modules/`;
export const DIST_DIR = `${WORKBENCH_DIR}dist/`;

/**
 * The page entries: the record page; and for the benchmark, the component alone and a baseline page with a bare
 * lightning-card, both built the same way.
 */
export const ENTRIES = {
  main: `${MODULES_DIR}page/main.js`,
  component: `${MODULES_DIR}page/component.js`,
  baseline: `${MODULES_DIR}page/baseline.js`
};

const APEX_METHODS = ['listTemplates', 'getTemplate', 'postTask'];

/** SFDX keeps components without a namespace folder, so each `c/<name>` is mapped to its bundle. */
function projectComponents() {
  return readdirSync(LWC_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('__'))
    .map((entry) => ({ name: `c/${entry.name}`, path: `${LWC_DIR}${entry.name}/${entry.name}.js` }));
}

function assertComponentBuilt(modules: Array<{ name: string; path: string }>): void {
  const missing = modules.filter((module) => !existsSync(module.path));
  if (missing.length > 0) {
    throw new Error(
      `not built: ${missing.map((m) => m.path).join(', ')}. Run \`npm run build\` (npm start does it for you).`
    );
  }
}

function newestInput(dir: string): number {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile() && /\.(js|html|css)$/.test(entry.name))
    .reduce((newest, entry) => Math.max(newest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs), 0);
}

/** True when dist/ was built after every component, workbench module and Custom Label last changed. */
export function isBundleCurrent(): boolean {
  const built = `${DIST_DIR}main.js`;
  if (!existsSync(built)) return false;
  return (
    statSync(built).mtimeMs >
    Math.max(newestInput(LWC_DIR), newestInput(MODULES_DIR), statSync(LABELS_PATH).mtimeMs)
  );
}

export interface BundleResult {
  files: string[];
  durationMs: number;
}

export async function buildWorkbenchBundle(options: { production?: boolean } = {}): Promise<BundleResult> {
  const started = performance.now();
  const components = projectComponents();
  assertComponentBuilt(components);
  const bundle = await rollup({
    input: ENTRIES,
    plugins: [
      replace({
        preventAssignment: true,
        values: {
          'process.env.NODE_ENV': JSON.stringify(options.production === false ? 'development' : 'production'),
          'import.meta.env.SSR': 'false'
        }
      }),
      // Before the LWC plugin: label imports are generated modules, not files it could find.
      customLabelsPlugin(),
      lwc({
        rootDir: MODULES_DIR,
        modules: [
          ...components,
          ...APEX_METHODS.map((method) => ({
            name: `@salesforce/apex/DynamoLauncherController.${method}`,
            path: `${MODULES_DIR}apex/${method}.js`
          })),
          { name: '@salesforce/i18n/locale', path: `${MODULES_DIR}platform/locale.js` },
          {
            name: 'lightning/platformShowToastEvent',
            path: `${MODULES_DIR}platform/platformShowToastEvent.js`
          },
          // lightning-combobox calls attachInternals() behind this gate, which throws under synthetic shadow.
          {
            name: '@salesforce/gate/bc.260.enableComboboxElementInternals',
            path: `${MODULES_DIR}platform/closedGate.js`
          },
          { npm: 'lightning-base-components' }
        ]
      }),
      nodeResolve(),
      // Minified like the platform serves its modules; development builds stay readable.
      ...(options.production === false ? [] : [terser()])
    ],
    onwarn(warning, warn) {
      // Base components use `this` at module level and circular imports, and their templates draw compiler
      // warnings we cannot act on; our own code's warnings still show.
      if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return;
      if ((warning.id ?? warning.message).includes('lightning-base-components')) return;
      warn(warning);
    }
  });
  rmSync(DIST_DIR, { recursive: true, force: true });
  // output.dir, not a single file: base components lazy-load their icon templates as separate chunks.
  const { output } = await bundle.write({
    dir: DIST_DIR,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js'
  });
  await bundle.close();
  return {
    files: output.map((chunk) => chunk.fileName),
    durationMs: Math.round(performance.now() - started)
  };
}
