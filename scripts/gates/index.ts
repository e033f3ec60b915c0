// Every offline platform gate, in the order check-platform reports them. The java-backed gates come first so
// that they start early: check-platform runs all gates concurrently.
import type { Gate } from './problem.ts';
import { run as apexSemantics } from './apex-semantics.ts';
import { run as apexSyntax } from './apex-syntax.ts';
import { run as contract } from './contract.ts';
import { run as labels } from './labels.ts';
import { run as lintTypes } from './lint-types.ts';
import { run as lwcCompile } from './lwc-compile.ts';
import { run as metadataXml } from './metadata-xml.ts';
import { run as pmd } from './pmd.ts';
import { run as sourceConvert } from './source-convert.ts';

export const GATES: Gate[] = [
  { name: 'apex-syntax', run: apexSyntax },
  { name: 'apex-semantics', run: apexSemantics },
  { name: 'pmd', run: pmd },
  { name: 'metadata-xml', run: metadataXml },
  { name: 'lwc-compile', run: lwcCompile },
  { name: 'source-convert', run: sourceConvert },
  { name: 'lint-types', run: lintTypes },
  { name: 'contract', run: contract },
  { name: 'labels', run: labels }
];
