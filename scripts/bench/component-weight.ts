// Figure 4: what the component weighs once the platform has compiled it. Each bundle's built .js, .html and
// .css go through @lwc/sfdc-lwc-compiler (bundle type 'platform', as the lwc-compile gate does), then terser
// and gzip. Base components stay imports of the compiled module, so their weight is excluded by construction.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { compile } from '@lwc/sfdc-lwc-compiler';
import { minify } from 'terser';
import { findFiles, findLwcBundles } from '../gates/project-files.ts';
import { bytes, type FigureRow } from './report.ts';

const COMPILED = /\.(js|html|css)$/;

export interface ComponentWeight {
  bundle: string;
  sourceBytes: number;
  compiledBytes: number;
  minifiedBytes: number;
  gzipBytes: number;
  /** Base components and platform modules the compiled module imports (their weight is not counted). */
  imports: string[];
}

export async function weighBundle(root: string, bundle: string): Promise<ComponentWeight> {
  const name = path.basename(bundle);
  const sources = (await findFiles(root, bundle, (file) => COMPILED.test(file))).filter(
    (file) => !file.slice(bundle.length + 1).startsWith('__')
  );
  const files: Record<string, string> = {};
  for (const file of sources)
    files[file.slice(bundle.length + 1)] = await readFile(path.join(root, file), 'utf8');
  if (!files[`${name}.js`]) throw new Error(`${bundle} has no ${name}.js: run npm run build`);

  const output = await compile({ bundle: { type: 'platform', name, namespace: 'c', files, options: {} } });
  const compiled = output.results?.[0];
  if (!output.success || !compiled) {
    const messages = output.diagnostics.map((diagnostic) => diagnostic.message).join('; ');
    throw new Error(`the platform compiler refused ${bundle}: ${messages}`);
  }
  const minified = await minify(compiled.code, { compress: { passes: 2 }, mangle: true });
  if (!minified.code) throw new Error(`terser produced nothing for ${bundle}`);
  return {
    bundle: name,
    sourceBytes: Object.values(files).reduce((sum, text) => sum + Buffer.byteLength(text), 0),
    compiledBytes: Buffer.byteLength(compiled.code),
    minifiedBytes: Buffer.byteLength(minified.code),
    gzipBytes: gzipSync(minified.code, { level: 9 }).length,
    imports: compiled.imports.map((entry) => entry.specifier)
  };
}

export async function measureComponentWeight(
  root: string,
  log: (line: string) => void
): Promise<FigureRow[]> {
  log('figure 4: component weight (platform compiler, terser, gzip)');
  const bundles = await findLwcBundles(root);
  if (bundles.length === 0) throw new Error('no Lightning web component bundles found');
  const rows: FigureRow[] = [];
  for (const bundle of bundles) {
    const weight = await weighBundle(root, bundle);
    const baseComponents = weight.imports.filter((specifier) => specifier.startsWith('lightning/'));
    rows.push({
      figure: '4 Component weight',
      measure: `${weight.bundle}: platform output, minified / gzip`,
      result: `${bytes(weight.minifiedBytes)} / ${bytes(weight.gzipBytes)}`,
      baseline: `${bytes(weight.compiledBytes)} unminified`,
      ratio: null,
      target: `— (tracked; ${baseComponents.length} base components excluded)`,
      met: null,
      raw: { ...weight }
    });
  }
  return rows;
}
