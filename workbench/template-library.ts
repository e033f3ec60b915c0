// The workbench's Salesforce Files: a few named DAP templates (one of them the shared examples' template),
// files that are not DAPs, and a generator of thousands of templates for scale runs.
import { createHash } from 'node:crypto';
import type { DapTemplate } from '@dynamo/contract';
import { loadExamples } from '../emulator/shared-examples.ts';
import { makeId } from './salesforce-ids.ts';

export interface LibraryFile extends DapTemplate {
  /** Lower-case file extension, as ContentDocument.FileExtension. */
  fileExtension: string;
  /** Dynamo counts a signature for tasks of this template. */
  signing: boolean;
}

export interface TemplateLibrary {
  size: number;
  files: LibraryFile[];
  byId: Map<string, LibraryFile>;
}

const examples = loadExamples();
export const SALES_LIBRARY = { id: examples.ids.libraryId, name: 'Sales Templates' };
export const LEGAL_LIBRARY = { id: makeId('058', 2), name: 'Legal Templates' };
export const SCALE_LIBRARY = { id: makeId('058', 3), name: 'Generated Templates' };

/** The seeded library's Ids, named so tests and the panel can refer to them. */
export const SEEDED_IDS = {
  quote: examples.ids.templateId,
  orderConfirmation: makeId('069', 101),
  serviceAgreement: makeId('069', 102),
  invoice: makeId('069', 103),
  productCatalogue: makeId('069', 104),
  priceListPdf: makeId('069', 105)
} as const;

function file(
  id: string,
  title: string,
  fileExtension: string,
  library: { id: string; name: string } | null,
  contentSize: number,
  lastModifiedDate: string,
  signing = false
): LibraryFile {
  return {
    id,
    title,
    fileName: `${title}.${fileExtension}`,
    libraryId: library?.id ?? null,
    libraryName: library?.name ?? null,
    lastModifiedDate,
    contentSize,
    fileExtension,
    signing
  };
}

function seededFiles(): LibraryFile[] {
  return [
    file(SEEDED_IDS.quote, 'Quote', 'dap', SALES_LIBRARY, 18_432, '2025-05-12T09:30:00.000Z'),
    file(
      SEEDED_IDS.orderConfirmation,
      'Order Confirmation',
      'dap',
      SALES_LIBRARY,
      9_870,
      '2025-04-02T14:05:00.000Z'
    ),
    file(
      SEEDED_IDS.serviceAgreement,
      'Service Agreement (e-signature)',
      'dap',
      LEGAL_LIBRARY,
      24_310,
      '2025-03-21T08:00:00.000Z',
      true
    ),
    file(SEEDED_IDS.invoice, 'Invoice', 'dap', null, 7_654, '2025-02-14T16:45:00.000Z'),
    // Over the multipart limit of the Default settings record (1 MB): fine by reference, refused embedded.
    file(
      SEEDED_IDS.productCatalogue,
      'Product Catalogue',
      'dap',
      SALES_LIBRARY,
      3_250_000,
      '2025-01-30T11:20:00.000Z'
    ),
    file(SEEDED_IDS.priceListPdf, 'Price List', 'pdf', SALES_LIBRARY, 120_000, '2025-01-10T10:00:00.000Z')
  ];
}

function generatedFiles(count: number): LibraryFile[] {
  const kinds = ['Quote', 'Contract', 'Invoice', 'Proposal', 'Letter', 'Report', 'Certificate', 'Statement'];
  const regions = ['Nordics', 'DACH', 'Benelux', 'Iberia', 'UK', 'US East', 'US West', 'APAC'];
  const base = Date.parse('2025-01-01T00:00:00.000Z');
  return Array.from({ length: count }, (_, i) => {
    const title = `${kinds[i % kinds.length]} ${regions[Math.floor(i / kinds.length) % regions.length]} ${String(i + 1).padStart(5, '0')}`;
    const library = i % 3 === 0 ? SALES_LIBRARY : SCALE_LIBRARY;
    return file(
      makeId('069', 10_000 + i),
      title,
      'dap',
      library,
      4_000 + (i % 97) * 113,
      new Date(base + i * 60_000).toISOString(),
      i % 10 === 0
    );
  });
}

/** `seed` is the handful of named files; a number N tops the seed up with generated ones to N DAP templates. */
export function createTemplateLibrary(size: 'seed' | number): TemplateLibrary {
  const seeded = seededFiles();
  const seededDaps = seeded.filter((f) => f.fileExtension === 'dap').length;
  const files = size === 'seed' ? seeded : [...seeded, ...generatedFiles(Math.max(0, size - seededDaps))];
  return {
    size: files.filter((f) => f.fileExtension === 'dap').length,
    files,
    byId: new Map(files.map((f) => [f.id, f]))
  };
}

/** The latest version's bytes (contentSize of them): zip-like binary derived from the Id, stable across runs. */
export function templateBytes(template: LibraryFile): Buffer {
  const header = Buffer.from('PK\u0003\u0004', 'latin1');
  const seed = createHash('sha256').update(template.id).digest();
  const body = Buffer.alloc(Math.max(0, template.contentSize - header.length));
  for (let i = 0; i < body.length; i++) body[i] = seed[i % seed.length] ^ (i & 0xff);
  return Buffer.concat([header, body]);
}
