// The one difference between the cdktf build and the cdktn build: module specifiers. A TypeScript
// transformer (run on the source before emit and on the declarations after) rewrites the string
// literal of every module reference, i.e. import and export declarations, `import x = require()`,
// `require()` and `import()` calls and `import("...")` types, and nothing else: a string that merely
// looks like a module name (a doc link, a message) is left alone because only these syntax positions
// are visited.
"use strict";
const ts = require("typescript");

/** Framework module -> its CDK Terrain counterpart, by package name (deep paths keep their tail). */
const PACKAGES = { cdktf: "cdktn", "@cdktf/provider-datadog": "@cdktn/provider-datadog" };

/** `spec` as the cdktn build imports it, or `spec` itself when it is not a framework module. */
function rewriteSpecifier(spec) {
  for (const [from, to] of Object.entries(PACKAGES)) {
    if (spec === from || spec.startsWith(`${from}/`)) return to + spec.slice(from.length);
  }
  return spec;
}

/** The child of `node` that names a module, or undefined when `node` does not reference a module. */
function specifierChild(node) {
  if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return node.moduleSpecifier;
  if (ts.isExternalModuleReference(node)) return node.expression;
  if (ts.isImportTypeNode(node)) return node.argument;
  if (ts.isCallExpression(node) && node.arguments.length === 1) {
    const callee = node.expression;
    const isRequire = ts.isIdentifier(callee) && callee.text === "require";
    if (isRequire || callee.kind === ts.SyntaxKind.ImportKeyword) return node.arguments[0];
  }
  return undefined;
}

/** `child` (a string literal, or the literal type of an import type) with its specifier rewritten. */
function rewritten(child, factory) {
  if (ts.isStringLiteral(child)) {
    const spec = rewriteSpecifier(child.text);
    return spec === child.text ? child : factory.createStringLiteral(spec);
  }
  if (ts.isLiteralTypeNode(child) && ts.isStringLiteral(child.literal)) {
    const literal = rewritten(child.literal, factory);
    return literal === child.literal ? child : factory.updateLiteralTypeNode(child, literal);
  }
  return child;
}

/** The transformer factory; use it as both a `before` and an `afterDeclarations` transformer. */
function rewriteModuleSpecifiers(context) {
  const visit = (node) => {
    const specifier = specifierChild(node);
    return ts.visitEachChild(node, (child) => (child === specifier ? rewritten(child, context.factory) : visit(child)), context);
  };
  return (root) => ts.visitEachChild(root, visit, context);
}

/** The transformers for `program.emit` / `ts.transpileModule`. */
const CDKTN_TRANSFORMERS = { before: [rewriteModuleSpecifiers], afterDeclarations: [rewriteModuleSpecifiers] };

/**
 * `text` (TypeScript source) with the same rule applied to the source text itself, for a build that
 * compiles rewritten sources (the jsii build, scripts/jsii/build.js): only the characters inside the
 * quotes of each module reference's string literal change, so comments, TSDoc, formatting and every
 * other string stay byte-identical.
 */
function rewriteSourceText(text, fileName = "source.ts") {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    const specifier = specifierChild(node);
    const literal = specifier && ts.isLiteralTypeNode(specifier) ? specifier.literal : specifier;
    if (literal && ts.isStringLiteral(literal)) {
      const spec = rewriteSpecifier(literal.text);
      // Inside the quotes; a module name has no escapes, so `text` is what the quotes enclose.
      if (spec !== literal.text) edits.push({ start: literal.getStart(source) + 1, end: literal.getEnd() - 1, spec });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = text;
  for (const { start, end, spec } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + spec + out.slice(end);
  return out;
}

module.exports = { PACKAGES, rewriteSpecifier, specifierChild, rewriteModuleSpecifiers, CDKTN_TRANSFORMERS, rewriteSourceText };
