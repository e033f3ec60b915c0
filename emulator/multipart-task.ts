// Parses a multipart POST /v1/task (embedded DAP) with busboy: a `template` file part, a `data` JSON part and
// optional `param.<name>` JSON parts merged into params. Anything else is Dynamo's "Unexpected post format".
import busboy from 'busboy';
import type { IncomingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import { isDeepStrictEqual } from 'node:util';
import {
  InvalidTaskRequest,
  type JsonObject,
  type TaskRequest,
  validateMultipartData
} from './task-request.ts';

const PARAM_PART_PREFIX = 'param.';
const MAX_PART_BYTES = 16 * 1024 * 1024;

export interface EmbeddedTemplate {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

export interface MultipartTask {
  request: TaskRequest;
  embeddedTemplate: EmbeddedTemplate;
  /** The `data` part as sent. */
  data: unknown;
  /** The `param.<name>` parts as sent, before merging. */
  paramParts: JsonObject;
}

function parseJsonPart(name: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new InvalidTaskRequest(`the ${name} part is not valid JSON`);
  }
}

function boundaryOf(headers: IncomingHttpHeaders): string | undefined {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(headers['content-type'] ?? '');
  return match ? (match[1] ?? match[2]) : undefined;
}

/**
 * The Post Task page's own example ends Content-Disposition with a ';' (`name="data";`), which busboy reads
 * as unparsable and silently drops the whole part. Dynamo accepts its documented example, so the emulator
 * strips that terminator from part header lines only (never from part bodies, which may be binary).
 */
export function tolerateDocumentedDisposition(body: Buffer, boundary: string): Buffer {
  const delimiter = Buffer.from(`--${boundary}\r\n`);
  const headerEnd = Buffer.from('\r\n\r\n');
  const pieces: Buffer[] = [];
  let copiedUpTo = 0;
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const headersStart = at + delimiter.length;
    const headersEnd = body.indexOf(headerEnd, headersStart);
    if (headersEnd === -1) break;
    const headerBlock = body.subarray(headersStart, headersEnd).toString('latin1');
    pieces.push(
      body.subarray(copiedUpTo, headersStart),
      Buffer.from(headerBlock.replace(/;[ \t]*(?=\r\n|$)/g, ''), 'latin1')
    );
    copiedUpTo = headersEnd;
    at = body.indexOf(delimiter, headersEnd);
  }
  pieces.push(body.subarray(copiedUpTo));
  return Buffer.concat(pieces);
}

function collectParts(headers: IncomingHttpHeaders, body: Buffer) {
  return new Promise<{ templates: EmbeddedTemplate[]; fields: Array<{ name: string; value: string }> }>(
    (resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        parser = busboy({ headers, limits: { fieldSize: MAX_PART_BYTES, fileSize: MAX_PART_BYTES } });
      } catch (error) {
        reject(new InvalidTaskRequest(`malformed multipart request: ${(error as Error).message}`));
        return;
      }
      const templates: EmbeddedTemplate[] = [];
      const fields: Array<{ name: string; value: string }> = [];
      const fail = (reason: string) => reject(new InvalidTaskRequest(reason));
      parser.on('file', (name, stream, info) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('limit', () => fail(`the ${name} part is larger than ${MAX_PART_BYTES} bytes`));
        stream.on('close', () => {
          const bytes = Buffer.concat(chunks);
          // Encoders that give every part a filename (FormData with Blobs) still mean JSON for these.
          if (name === 'template')
            templates.push({ fileName: info.filename ?? '', mimeType: info.mimeType, bytes });
          else fields.push({ name, value: bytes.toString('utf8') });
        });
      });
      parser.on('field', (name, value, info) => {
        if (info.valueTruncated) fail(`the ${name} part is larger than ${MAX_PART_BYTES} bytes`);
        fields.push({ name, value });
      });
      parser.on('error', (error: Error) => fail(`malformed multipart request: ${error.message}`));
      parser.on('close', () => resolve({ templates, fields }));
      const boundary = boundaryOf(headers);
      Readable.from([boundary ? tolerateDocumentedDisposition(body, boundary) : body]).pipe(parser);
    }
  );
}

export async function parseMultipartTask(headers: IncomingHttpHeaders, body: Buffer): Promise<MultipartTask> {
  const { templates, fields } = await collectParts(headers, body);
  if (templates.length !== 1) {
    throw new InvalidTaskRequest(
      templates.length === 0 ? 'the template file part is missing' : 'more than one template part'
    );
  }
  const [embeddedTemplate] = templates;
  if (embeddedTemplate.bytes.length === 0) throw new InvalidTaskRequest('the template part is empty');
  if (!embeddedTemplate.fileName) throw new InvalidTaskRequest('the template part has no file name');

  const dataParts = fields.filter((field) => field.name === 'data');
  if (dataParts.length !== 1) {
    throw new InvalidTaskRequest(
      dataParts.length === 0 ? 'the data part is missing' : 'more than one data part'
    );
  }
  const data = parseJsonPart('data', dataParts[0].value);
  const { params, integration } = validateMultipartData(data);

  const paramParts: JsonObject = {};
  for (const field of fields) {
    if (field.name === 'data') continue;
    if (field.name === 'template') throw new InvalidTaskRequest('the template part must be a file');
    if (!field.name.startsWith(PARAM_PART_PREFIX) || field.name.length === PARAM_PART_PREFIX.length) {
      throw new InvalidTaskRequest(`unexpected part "${field.name}"`);
    }
    const paramName = field.name.slice(PARAM_PART_PREFIX.length);
    if (paramName === 'id')
      throw new InvalidTaskRequest('param.id is not allowed: params.id names the record');
    if (paramName in paramParts) throw new InvalidTaskRequest(`duplicate part "${field.name}"`);
    paramParts[paramName] = parseJsonPart(field.name, field.value);
  }
  // A param part that contradicts the data part's params is ambiguous: Dynamo would have to pick one.
  for (const [name, value] of Object.entries(paramParts)) {
    if (name in params && !isDeepStrictEqual(params[name], value)) {
      throw new InvalidTaskRequest(`part "param.${name}" contradicts params.${name} in the data part`);
    }
  }
  return {
    request: { template: embeddedTemplate.fileName, params: { ...params, ...paramParts }, integration },
    embeddedTemplate,
    data,
    paramParts
  };
}
