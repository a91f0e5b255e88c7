/**
 * Maps a path inside the spec value (`['companies', 0, 'lines', 1]`) back to the node that wrote it,
 * following object properties, array elements and identifiers declared in the same file.
 */
import type { Node, SourceFile } from 'ts-morph';
import { tsMorph } from './ts-morph.ts';
import type { PathSegment, SourceLocation } from '../diagnostics/types.ts';

/** The expression the default export evaluates to: the argument of `defineRouting(...)`, or the object itself. */
export function specRoot(sourceFile: SourceFile): Node | undefined {
  const { Node, SyntaxKind } = tsMorph();
  const assignment = sourceFile.getFirstDescendantByKind(SyntaxKind.ExportAssignment);
  if (!assignment) return undefined;
  let node: Node = unwrap(assignment.getExpression());
  if (Node.isCallExpression(node)) {
    const arg = node.getArguments()[0];
    if (arg) node = unwrap(arg);
  }
  return node;
}

function unwrap(node: Node): Node {
  const { Node } = tsMorph();
  let current = node;
  for (;;) {
    if (Node.isParenthesizedExpression(current) || Node.isAsExpression(current) || Node.isSatisfiesExpression(current)) {
      current = current.getExpression();
    } else if (Node.isIdentifier(current)) {
      const decl = current.getSymbol()?.getDeclarations()[0];
      const init = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
      if (!init || init.getSourceFile() !== current.getSourceFile()) return current;
      current = init;
    } else {
      return current;
    }
  }
}

/** The deepest node along `path`; stops at the last step it can follow. */
export function findNode(root: Node, path: readonly PathSegment[]): Node {
  let node = unwrap(root);
  for (const seg of path) {
    const next = step(node, seg);
    if (!next) break;
    node = next;
  }
  return node;
}

function step(node: Node, seg: PathSegment): Node | undefined {
  const { Node } = tsMorph();
  if (typeof seg === 'number' && Node.isArrayLiteralExpression(node)) {
    const el = node.getElements()[seg];
    return el && !Node.isSpreadElement(el) ? unwrap(el) : undefined;
  }
  if (typeof seg === 'string' && Node.isObjectLiteralExpression(node)) {
    const prop = node.getProperty(seg) ?? node.getProperty(`'${seg}'`) ?? node.getProperty(`"${seg}"`);
    if (prop && Node.isPropertyAssignment(prop)) {
      const init = prop.getInitializer();
      return init ? unwrap(init) : prop;
    }
    if (prop && Node.isShorthandPropertyAssignment(prop)) {
      const decl = prop.getSourceFile().getVariableDeclaration(prop.getName());
      const init = decl?.getInitializer();
      return init ? unwrap(init) : prop;
    }
  }
  return undefined;
}

export function locationOf(node: Node): SourceLocation {
  const sf = node.getSourceFile();
  const start = node.getStart();
  const pos = sf.getLineAndColumnAtPos(start);
  const text = node.getText();
  const firstLine = text.split('\n')[0] ?? '';
  return { file: sf.getFilePath(), line: pos.line, column: pos.column, length: Math.max(1, firstLine.length) };
}

/** A function from a value path to its source location in `sourceFile`. */
export function makeLocator(sourceFile: SourceFile): (path: readonly PathSegment[]) => SourceLocation | undefined {
  const root = specRoot(sourceFile);
  return (path) => (root ? locationOf(findNode(root, path)) : undefined);
}
