// electronegativity reads BrowserWindow options only from object literals at the call site; the
// app builds them in windowOptions() (electron/main/window.ts). This check reads that function
// with the TypeScript parser and demands the secure webPreferences, as literal values.
import ts from 'typescript';

export const REQUIRED_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
};

function literalValue(node) {
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  return undefined;
}

/** Problems with windowOptions() in the given source text; an empty list means secure. */
export function checkWindowOptions(sourceText, fileName = 'electron/main/window.ts') {
  const source = ts.createSourceFile(fileName, sourceText, ts.ScriptTarget.Latest, true);
  const problems = [];
  let found = 0;
  const visit = (node) => {
    if (ts.isPropertyAssignment(node) && node.name.getText(source) === 'webPreferences') {
      found += 1;
      if (!ts.isObjectLiteralExpression(node.initializer)) {
        problems.push(`${fileName}: webPreferences bukan objek literal`);
        return;
      }
      const props = new Map();
      for (const prop of node.initializer.properties) {
        if (ts.isSpreadAssignment(prop))
          problems.push(
            `${fileName}: webPreferences memakai spread (…) yang tidak dapat diperiksa`,
          );
        else if (prop.name) props.set(prop.name.getText(source), prop);
      }
      for (const [name, wanted] of Object.entries(REQUIRED_WEB_PREFERENCES)) {
        const prop = props.get(name);
        const value =
          prop && ts.isPropertyAssignment(prop) ? literalValue(prop.initializer) : undefined;
        if (value !== wanted) {
          const line = prop
            ? source.getLineAndCharacterOfPosition(prop.getStart(source)).line + 1
            : '-';
          problems.push(`${fileName}:${line}: webPreferences.${name} harus ${wanted}`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (found === 0) problems.push(`${fileName}: webPreferences tidak ditemukan`);
  return problems;
}
