// Gate 8: the Apex side of the component contract matches its TypeScript declaration. For every method the
// component imports from @salesforce/apex: the controller has it @AuraEnabled and static, with exactly the
// parameter names the params interface declares (they are matched by name), the declared result type and
// cacheable=true exactly when the contract marks it "(cacheable)" or a component @wires it. For every
// interface those methods exchange: the same-named Apex class exposes exactly those keys as @AuraEnabled
// members, of a matching type.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { allClasses, outlineApexClass, type ApexClassOutline } from './apex-outline.ts';
import { problemsFor, type Problem } from './problem.ts';
import { findSourceFiles } from './project-files.ts';
import {
  apexTypesFor,
  CONTRACT_FILE,
  interfacesIn,
  MODULES_FILE,
  readTypeScriptContract,
  type TypeScriptContract
} from './typescript-contract.ts';

const problem = problemsFor('contract');

interface LocatedClass {
  file: string;
  outline: ApexClassOutline;
}

async function apexClasses(root: string): Promise<Map<string, LocatedClass>> {
  const classes = new Map<string, LocatedClass>();
  for (const file of await findSourceFiles(root, (name) => name.endsWith('.cls'))) {
    const outline = outlineApexClass(await readFile(path.join(root, file), 'utf8'));
    if (outline)
      for (const inner of allClasses(outline))
        classes.set(inner.name.toLowerCase(), { file, outline: inner });
  }
  return classes;
}

/** Apex methods the components use through @wire (the platform requires those to be cacheable). */
async function wiredMethods(root: string): Promise<Set<string>> {
  const wired = new Set<string>();
  for (const file of await findSourceFiles(
    root,
    (name) => /\.(ts|js)$/.test(name) && !name.endsWith('.d.ts')
  )) {
    if (!file.includes('/lwc/') || file.includes('/__tests__/')) continue;
    const source = await readFile(path.join(root, file), 'utf8');
    const imports = new Map<string, string>();
    for (const m of source.matchAll(/import\s+(\w+)\s+from\s+['"]@salesforce\/apex\/(\w+\.\w+)['"]/g))
      imports.set(m[1], m[2]);
    for (const m of source.matchAll(/@wire\(\s*(\w+)/g)) {
      const method = imports.get(m[1]);
      if (method) wired.add(method);
    }
  }
  return wired;
}

export async function run(root: string): Promise<Problem[]> {
  let contract: TypeScriptContract;
  try {
    contract = await readTypeScriptContract(root);
  } catch (error) {
    return [
      problem(
        CONTRACT_FILE,
        0,
        `cannot read the TypeScript contract: ${error instanceof Error ? error.message : String(error)}`
      )
    ];
  }
  if (contract.methods.length === 0)
    return [problem(MODULES_FILE, 0, 'declares no @salesforce/apex methods')];

  const problems: Problem[] = [];
  const classes = await apexClasses(root);
  const wired = await wiredMethods(root);
  const exchanged = new Set<string>();

  for (const declared of contract.methods) {
    const id = `${declared.className}.${declared.methodName}`;
    const controller = classes.get(declared.className.toLowerCase());
    if (!controller) {
      problems.push(problem(MODULES_FILE, declared.line, `Apex class ${declared.className} not found`));
      continue;
    }
    const method = controller.outline.methods.find((m) => m.name === declared.methodName);
    if (!method) {
      problems.push(
        problem(
          controller.file,
          controller.outline.line,
          `has no method ${declared.methodName} (declared in ${MODULES_FILE})`
        )
      );
      continue;
    }
    if (!method.auraEnabled)
      problems.push(problem(controller.file, method.line, `${id} must be @AuraEnabled`));
    if (!method.isStatic) problems.push(problem(controller.file, method.line, `${id} must be static`));

    const params = contract.interfaces.get(declared.paramsInterface);
    if (!params) {
      problems.push(
        problem(
          MODULES_FILE,
          declared.line,
          `${id}: params type ${declared.paramsInterface || '(none)'} is not an interface in ${CONTRACT_FILE}`
        )
      );
    } else {
      const apexNames = method.parameters.map((p) => p.name);
      const tsNames = params.properties.map((p) => p.name);
      for (const name of tsNames.filter((n) => !apexNames.includes(n))) {
        problems.push(
          problem(controller.file, method.line, `${id} lacks parameter ${name} (declared in ${params.name})`)
        );
      }
      for (const name of apexNames.filter((n) => !tsNames.includes(n))) {
        problems.push(
          problem(controller.file, method.line, `${id} parameter ${name} is not declared in ${params.name}`)
        );
      }
      for (const property of params.properties) {
        const apexParam = method.parameters.find((p) => p.name === property.name);
        const accepted = apexTypesFor(property.type, contract);
        if (apexParam && accepted && !accepted.has(apexParam.type.toLowerCase())) {
          problems.push(
            problem(
              controller.file,
              method.line,
              `${id} parameter ${property.name} is ${apexParam.type}; ${params.name} needs ${[...accepted].join(' or ')}`
            )
          );
        }
        for (const name of interfacesIn(property.type, contract)) exchanged.add(name);
      }
      const shouldCache = /\(cacheable\)/i.test(params.doc) || wired.has(id);
      if (method.cacheable !== shouldCache) {
        const why = wired.has(id)
          ? 'a component @wires it'
          : shouldCache
            ? `${params.name} is marked (cacheable)`
            : `${params.name} is not marked (cacheable)`;
        problems.push(
          problem(
            controller.file,
            method.line,
            `${id} must ${shouldCache ? '' : 'not '}be @AuraEnabled(cacheable=true): ${why}`
          )
        );
      }
    }

    const result = apexTypesFor(declared.resultType, contract);
    if (result && !result.has(method.type.toLowerCase())) {
      problems.push(
        problem(
          controller.file,
          method.line,
          `${id} returns ${method.type}; the contract declares ${[...result].join(' or ')}`
        )
      );
    }
    for (const name of interfacesIn(declared.resultType, contract)) exchanged.add(name);
  }

  // Follow nested interfaces (TaskResult → DynamoUsage → QuotaCounter) and check each against its Apex class.
  const pending = [...exchanged];
  const checked = new Set<string>();
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (checked.has(name)) continue;
    checked.add(name);
    const shape = contract.interfaces.get(name);
    const dto = classes.get(name.toLowerCase());
    if (!shape) continue;
    if (!dto) {
      problems.push(problem(CONTRACT_FILE, shape.line, `no Apex class ${name} carries this interface`));
      continue;
    }
    const exposed = dto.outline.fields.filter((f) => f.auraEnabled);
    for (const property of shape.properties) {
      pending.push(...interfacesIn(property.type, contract));
      const field = exposed.find((f) => f.name === property.name);
      if (!field) {
        problems.push(
          problem(
            dto.file,
            dto.outline.line,
            `${name} has no @AuraEnabled member ${property.name} (declared in ${CONTRACT_FILE})`
          )
        );
        continue;
      }
      const accepted = apexTypesFor(property.type, contract);
      if (accepted && !accepted.has(field.type.toLowerCase())) {
        problems.push(
          problem(
            dto.file,
            field.line,
            `${name}.${property.name} is ${field.type}; the contract needs ${[...accepted].join(' or ')}`
          )
        );
      }
    }
    for (const field of exposed.filter((f) => !shape.properties.some((p) => p.name === f.name))) {
      problems.push(
        problem(
          dto.file,
          field.line,
          `@AuraEnabled ${name}.${field.name} is not declared in ${CONTRACT_FILE}`
        )
      );
    }
  }
  return problems;
}
