// Gate 3: PMD 7 on Apex and Visualforce with config/pmd-ruleset.xml (security, best practices, error prone,
// performance, a few design and naming rules); zero violations. It runs PMD through the code-analyzer
// wrapper class shipped in the same jar folder, which reads a JSON input and writes JSON results.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { JAVA, javaClasspath } from './java-lib.ts';
import { problemsFor, type Problem } from './problem.ts';
import { findSourceFiles, toRelative } from './project-files.ts';
import { runCommand } from './run-command.ts';
import { PROJECT_ROOT } from './tool-paths.ts';

const problem = problemsFor('pmd');
export const RULESET = 'config/pmd-ruleset.xml';

interface PmdResults {
  violations: Array<{ rule: string; message: string; codeLocation: { file: string; startLine: number } }>;
  processingErrors: Array<{ file: string; message: string; detail?: string }>;
}

// One planted violation per security area, scanned with the project: if they are not reported, nothing is.
const CANARY_RULES = ['ApexSharingViolations', 'ApexSOQLInjection', 'VfUnescapeEl'];
const CANARY_APEX = `public class PmdGateCanary {
  public static List<Account> find(String name) {
    return Database.query('SELECT Id FROM Account WHERE Name = \\'' + name + '\\'');
  }
}
`;
const CANARY_PAGE = `<apex:page>
  <apex:outputText value="{!$CurrentPage.parameters.q}" escape="false" />
</apex:page>
`;

async function writeCanaries(dir: string): Promise<{ apex: string; visualforce: string }> {
  const apex = path.join(dir, 'PmdGateCanary.cls');
  const visualforce = path.join(dir, 'PmdGateCanary.page');
  await writeFile(apex, CANARY_APEX);
  await writeFile(visualforce, CANARY_PAGE);
  return { apex, visualforce };
}

/** The checked project's own ruleset, or this project's for a tree without one (the gate fixtures). */
function rulesetFor(root: string): string {
  const own = path.join(root, RULESET);
  return existsSync(own) ? own : path.join(PROJECT_ROOT, RULESET);
}

export async function run(root: string): Promise<Problem[]> {
  const absRoot = path.resolve(root);
  const ruleset = rulesetFor(absRoot);
  const apex = await findSourceFiles(absRoot, (name) => /\.(cls|trigger)$/.test(name));
  const visualforce = await findSourceFiles(absRoot, (name) => /\.(page|component)$/.test(name));
  if (apex.length === 0) return [problem('force-app', 0, 'no Apex classes or triggers found')];
  if (!existsSync(ruleset)) return [problem(RULESET, 0, 'PMD ruleset not found')];

  const work = await mkdtemp(path.join(os.tmpdir(), 'pmd-gate-'));
  try {
    const absolute = (files: string[]) => files.map((file) => path.join(absRoot, file));
    const canaries = await writeCanaries(work);
    const runDataPerLanguage = {
      apex: { filesToScan: [...absolute(apex), canaries.apex] },
      visualforce: { filesToScan: [...absolute(visualforce), canaries.visualforce] }
    };
    const input = path.join(work, 'input.json');
    const output = path.join(work, 'results.json');
    await writeFile(input, JSON.stringify({ ruleSetInputFile: path.resolve(ruleset), runDataPerLanguage }));

    const result = await runCommand(
      JAVA,
      ['-cp', javaClasspath(), 'com.salesforce.sfca.pmdwrapper.PmdWrapper', 'run', input, output],
      absRoot
    );
    if (result.code !== 0) {
      const detail = (result.stderr || result.stdout).trim().split('\n').slice(-5).join(' | ');
      return [problem(RULESET, 0, `PMD failed to run (exit ${result.code}): ${detail}`)];
    }
    const results = JSON.parse(await readFile(output, 'utf8')) as PmdResults;
    const fromCanary = (file: string) => file === canaries.apex || file === canaries.visualforce;
    const canaryRules = new Set(
      results.violations.filter((v) => fromCanary(v.codeLocation.file)).map((v) => v.rule)
    );
    const missing = CANARY_RULES.filter((rule) => !canaryRules.has(rule));
    if (missing.length > 0) {
      // PMD drops a ruleset it cannot load without a word: the canaries prove the rules ran.
      return [
        problem(
          RULESET,
          0,
          `PMD did not apply the ruleset (canary violations missing: ${missing.join(', ')})`
        )
      ];
    }
    results.violations = results.violations.filter((v) => !fromCanary(v.codeLocation.file));
    return [
      ...results.violations.map((v) =>
        problem(toRelative(absRoot, v.codeLocation.file), v.codeLocation.startLine, `${v.rule}: ${v.message}`)
      ),
      ...results.processingErrors.map((e) =>
        problem(toRelative(absRoot, e.file), 0, `PMD could not process the file: ${e.message}`)
      )
    ];
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
