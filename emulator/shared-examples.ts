// The request/response examples shared with the Apex tests and the TypeScript tests: one source of truth
// for what Dynamo receives and answers. Read from disk (not imported) so an edit is picked up on restart.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const EXAMPLES_PATH = fileURLToPath(
  new URL('../force-app/main/default/staticresources/DynamoApiExamples.json', import.meta.url)
);

/** One canned answer: a JSON object body is sent as JSON, a string body verbatim. */
export interface ExampleResponse {
  status: number;
  body: Record<string, unknown> | string;
}

export interface DynamoApiExamples {
  ids: {
    orgId: string;
    recordId: string;
    templateId: string;
    templateVersionId: string;
    libraryId: string;
    userId: string;
  };
  serverURL: string;
  requests: Record<string, Record<string, unknown>>;
  responses: Record<string, ExampleResponse>;
}

let cached: DynamoApiExamples | undefined;

export function loadExamples(): DynamoApiExamples {
  cached ??= JSON.parse(readFileSync(EXAMPLES_PATH, 'utf8')) as DynamoApiExamples;
  return cached;
}

/** A named example response; throws when it is missing so a renamed entry fails loudly. */
export function exampleResponse(name: string): ExampleResponse {
  const response = loadExamples().responses[name];
  if (!response) {
    throw new Error(`DynamoApiExamples.json has no response named "${name}"`);
  }
  return response;
}
