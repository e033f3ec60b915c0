// Parses Apex with @apexdevtools/apex-parser and collects every lexer and parser error with its line.
import { ApexErrorListener, ApexParserFactory } from '@apexdevtools/apex-parser';

export interface ApexSyntaxError {
  line: number;
  column: number;
  message: string;
}

class CollectingListener extends ApexErrorListener {
  readonly errors: ApexSyntaxError[] = [];
  apexSyntaxError(line: number, column: number, message: string): void {
    this.errors.push({ line, column, message });
  }
}

/** Parses a class (`.cls`) and returns its tree and every syntax error. */
export function parseApexClass(source: string) {
  const listener = new CollectingListener();
  const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
  return { tree: parser.compilationUnit(), errors: listener.errors };
}

/** Every syntax error in a class (`.cls`) or trigger (`.trigger`). */
export function apexSyntaxErrors(source: string, kind: 'class' | 'trigger'): ApexSyntaxError[] {
  if (kind === 'class') return parseApexClass(source).errors;
  const listener = new CollectingListener();
  const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
  parser.triggerUnit();
  return listener.errors;
}
