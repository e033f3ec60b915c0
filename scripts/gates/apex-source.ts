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

/** Parses a class (`.cls`) or trigger (`.trigger`) and returns its tree and every syntax error. */
export function parseApex(source: string, kind: 'class' | 'trigger') {
  const listener = new CollectingListener();
  const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
  const tree = kind === 'trigger' ? parser.triggerUnit() : parser.compilationUnit();
  return { tree, errors: listener.errors };
}
