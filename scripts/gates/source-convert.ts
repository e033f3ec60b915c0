// Gate 6: force-app converts to a Metadata API package that holds every component of the source tree, and
// nothing that must stay local (.ts sources, __tests__, tsconfig). Converted twice: in process with
// @salesforce/source-deploy-retrieve, and with the sf CLI that `npm run deploy` uses (pinned to a version that
// runs on Node 20, with undici 7 forced by package.json overrides); both packages must list the same members.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ComponentSet, MetadataConverter, registry } from '@salesforce/source-deploy-retrieve';
import { XMLParser } from 'fast-xml-parser';
import { problemsFor, type Problem } from './problem.ts';
import { findFiles, findLwcBundles, packageDirectories } from './project-files.ts';
import { runCommand } from './run-command.ts';
import { binPath } from './tool-paths.ts';
import { SF_QUIET } from '../sf-env.ts';

const problem = problemsFor('source-convert');
const LOCAL_ONLY = [
  /\.ts$/,
  /(^|\/)__tests__\//,
  /(^|\/)__mocks__\//,
  /(^|\/)(tsconfig|jsconfig)\.json$/,
  /\.test\.js$/
];
const xml = new XMLParser({ isArray: (name) => name === 'types' || name === 'members' || name === 'labels' });

/** Type name per `<suffix>-meta.xml`, for top-level types only (children are named by their folder). */
function topLevelTypeBySuffix(): Map<string, string> {
  const bySuffix = new Map<string, string>();
  for (const type of Object.values(registry.types))
    if (type.suffix && !bySuffix.has(type.suffix)) bySuffix.set(type.suffix, type.name);
  return bySuffix;
}

/** The members the package must hold, read from the source tree itself (`Type:Name`), with the file each comes from. */
async function expectedMembers(root: string): Promise<Map<string, string>> {
  const expected = new Map<string, string>();
  const bySuffix = topLevelTypeBySuffix();
  for (const dir of await packageDirectories(root)) {
    for (const file of await findFiles(root, dir, (name) => name.endsWith('-meta.xml'))) {
      if (/\/(lwc|aura)\//.test(file)) continue; // bundles are counted per folder below
      const base = path.basename(file);
      const field = /\/objects\/([^/]+)\/fields\/([^/]+)\.field-meta\.xml$/.exec(file);
      if (field) {
        expected.set(`CustomField:${field[1]}.${field[2]}`, file);
        continue;
      }
      const match = /^(.+)\.([^.]+)-meta\.xml$/.exec(base);
      const type = match ? bySuffix.get(match[2]) : undefined;
      if (!match || !type) continue; // other child types (list views…) travel inside their parent
      expected.set(`${type}:${match[1]}`, file);
      if (type === 'CustomLabels') {
        const labels = xml.parse(await readFile(path.join(root, file), 'utf8')) as {
          CustomLabels?: { labels?: Array<{ fullName?: string }> };
        };
        for (const label of labels.CustomLabels?.labels ?? [])
          if (label.fullName) expected.set(`CustomLabel:${label.fullName}`, file);
      }
    }
  }
  for (const bundle of await findLwcBundles(root))
    expected.set(`LightningComponentBundle:${path.basename(bundle)}`, bundle);
  return expected;
}

async function packageMembers(packageXml: string): Promise<Set<string>> {
  const parsed = xml.parse(await readFile(packageXml, 'utf8')) as {
    Package?: { types?: Array<{ name: string; members?: string[] }> };
  };
  const members = new Set<string>();
  for (const type of parsed.Package?.types ?? [])
    for (const member of type.members ?? []) members.add(`${type.name}:${member}`);
  return members;
}

export async function run(root: string): Promise<Problem[]> {
  const absRoot = path.resolve(root);
  const expected = await expectedMembers(absRoot);
  if (expected.size === 0) return [problem('force-app', 0, 'no metadata components found to convert')];
  const work = await mkdtemp(path.join(os.tmpdir(), 'source-convert-'));
  try {
    const problems: Problem[] = [];
    const sdrOut = path.join(work, 'sdr');
    try {
      const components = ComponentSet.fromSource(
        (await packageDirectories(absRoot)).map((dir) => path.join(absRoot, dir))
      );
      await new MetadataConverter().convert(components, 'metadata', {
        type: 'directory',
        outputDirectory: sdrOut,
        genUniqueDir: false
      });
    } catch (error) {
      return [
        problem(
          'sfdx-project.json',
          0,
          `conversion failed: ${error instanceof Error ? error.message : String(error)}`
        )
      ];
    }
    const sdrMembers = await packageMembers(path.join(sdrOut, 'package.xml'));
    for (const [member, file] of expected) {
      if (!sdrMembers.has(member))
        problems.push(problem(file, 0, `${member} is missing from the converted package.xml`));
    }
    for (const file of await findFiles(sdrOut, '.', () => true)) {
      if (LOCAL_ONLY.some((pattern) => pattern.test(file)))
        problems.push(
          problem(`<converted>/${file}`, 0, 'converted package holds a local-only file (check .forceignore)')
        );
    }
    for (const bundle of await findLwcBundles(absRoot)) {
      const name = path.basename(bundle);
      const built = await findFiles(sdrOut, `lwc/${name}`, (file) => file === `${name}.js`);
      if (built.length === 0)
        problems.push(problem(bundle, 0, `converted bundle has no ${name}.js (run npm run build)`));
    }
    problems.push(...(await compareWithSfCli(absRoot, path.join(work, 'sf'), sdrMembers)));
    return problems;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function compareWithSfCli(
  root: string,
  outputDir: string,
  sdrMembers: Set<string>
): Promise<Problem[]> {
  const args = ['project', 'convert', 'source', '--output-dir', outputDir, '--json'];
  for (const dir of await packageDirectories(root)) args.push('--source-dir', dir);
  const result = await runCommand(binPath('sf'), args, root, SF_QUIET);
  if (result.code !== 0) {
    const detail = (result.stdout + result.stderr).trim().split('\n').slice(0, 6).join(' | ');
    return [
      problem('sfdx-project.json', 0, `sf project convert source failed (exit ${result.code}): ${detail}`)
    ];
  }
  const sfMembers = await packageMembers(path.join(outputDir, 'package.xml'));
  const problems: Problem[] = [];
  for (const member of sdrMembers)
    if (!sfMembers.has(member))
      problems.push(problem('sfdx-project.json', 0, `sf CLI package lacks ${member}`));
  for (const member of sfMembers)
    if (!sdrMembers.has(member))
      problems.push(problem('sfdx-project.json', 0, `sf CLI package has unexpected ${member}`));
  return problems;
}
