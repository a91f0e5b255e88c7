/**
 * Structural checks of an unpacked `.bpt` package, as the portal's import and workflow start make them:
 * the five package keys, one root named `Template`, node shape, unique names, known types, declared
 * property keys, the condition formats of `IfElseBranchActivity`, and what expressions and conditions name.
 */
import { CODES, type DiagnosticCode } from '../diagnostics/codes.ts';
import type { Diagnostic, PathSegment } from '../diagnostics/types.ts';
import { CONDITION_CODES, CONDITION_OPERATORS, DECLARED_PROPERTIES, ROOT_TYPES, STANDARD_ACTIVITIES } from './catalog.ts';
import { PhpArray, type PhpValue } from './php-value.ts';

export interface BptCheckOptions {
  /**
   * Activities installed next to the standard ones (lowercased type → declared property keys, or null
   * when only the folder is known), e.g. the module's own activities.
   */
  extraActivities?: Readonly<Record<string, readonly string[] | null>>;
}

const NAME = /^[A-Za-z0-9_]+$/;

export function checkBpt(pkg: PhpArray, options: BptCheckOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const add = (code: DiagnosticCode, path: PathSegment[], message: string, fix?: string): void => {
    out.push({ code, severity: CODES[code].severity, message, ...(fix ? { fix } : {}), path });
  };
  checkPackage(pkg, add);
  const template = pkg.get('TEMPLATE');
  if (!(template instanceof PhpArray) || !template.isList()) return out;
  const roots = template.entries;
  if (roots.length !== 1) {
    add('B24R2003', ['TEMPLATE'], `TEMPLATE holds ${roots.length} top-level activities; the portal runs only the last one.`,
      'Put every activity under one root SequentialWorkflowActivity named "Template".');
  }
  const names = new Map<string, PathSegment[]>();
  roots.forEach(([i, node]) => {
    const path: PathSegment[] = ['TEMPLATE', i];
    if (node instanceof PhpArray) {
      const type = node.get('Type');
      if (typeof type === 'string' && !ROOT_TYPES.has(type.toLowerCase())) {
        add('B24R2003', [...path, 'Type'], `The root activity is a ${type}, not a SequentialWorkflowActivity or StateMachineWorkflowActivity.`);
      }
      if (node.get('Name') !== 'Template') {
        add('B24R2003', [...path, 'Name'], `The root activity is named ${JSON.stringify(node.get('Name'))}, not "Template".`,
          'Name the root "Template", as every template the portal ships does.');
      }
    }
    walk(node, path, names, options, add);
  });
  checkReferences(pkg, names, add);
  return out;
}

/** Objects of `{=Object:Field}` that are not activities (`CBPActivity` expression objects). */
const SYSTEM_OBJECTS: ReadonlySet<string> = new Set([
  'document', 'variable', 'template', 'constant', 'globalconst', 'globalvar', 'workflow', 'user', 'system', 'parameter',
]);

/**
 * What values point at must exist: `{=Variable:X}` a variable, `{=Template:X}` a parameter, `{=Name:X}`
 * an activity of this template; a `propertyvariablecondition` field a parameter or variable; the keys
 * a SetVariableActivity writes, variables. The portal would read an empty value and go on silently.
 */
function checkReferences(pkg: PhpArray, names: Map<string, PathSegment[]>, add: Add): void {
  const ids = (key: string): Set<string> => {
    const v = pkg.get(key);
    return new Set(v instanceof PhpArray ? v.entries.map(([k]) => String(k)) : []);
  };
  const variables = ids('VARIABLES');
  const parameters = ids('PARAMETERS');
  const activities = new Set([...names.keys()].map((n) => n.toLowerCase()));
  const visit = (value: PhpValue, path: PathSegment[]): void => {
    if (typeof value === 'string') {
      for (const m of value.matchAll(/\{=([A-Za-z0-9_]+):([A-Za-z0-9_]+)/g)) {
        const [, object, field] = m as unknown as [string, string, string];
        const lower = object.toLowerCase();
        if (lower === 'variable' && !variables.has(field)) add('B24R2010', path, `{=Variable:${field}} names no variable of the template.`, `Declare ${field} in VARIABLES.`);
        else if (lower === 'template' && !parameters.has(field)) add('B24R2010', path, `{=Template:${field}} names no parameter of the template.`, `Declare ${field} in PARAMETERS.`);
        else if (!SYSTEM_OBJECTS.has(lower) && !activities.has(lower)) add('B24R2010', path, `{=${object}:${field}} names no activity of the template.`);
      }
    } else if (value instanceof PhpArray) {
      for (const [k, v] of value.entries) visit(v, [...path, k]);
    }
  };
  const walkNodes = (node: PhpValue, path: PathSegment[]): void => {
    if (!(node instanceof PhpArray)) return;
    const props = node.get('Properties');
    const type = String(node.get('Type') ?? '').toLowerCase();
    if (props instanceof PhpArray) {
      visit(props, [...path, 'Properties']);
      const conditions = props.get('propertyvariablecondition');
      if (type === 'ifelsebranchactivity' && conditions instanceof PhpArray) {
        for (const [i, c] of conditions.entries) {
          const field = c instanceof PhpArray ? c.get(0) : undefined;
          if (typeof field === 'string' && field !== '' && !variables.has(field) && !parameters.has(field)) {
            add('B24R2010', [...path, 'Properties', 'propertyvariablecondition', i], `The condition reads "${field}", which is neither a parameter nor a variable of the template.`);
          }
        }
      }
      const assigned = props.get('VariableValue');
      if (type === 'setvariableactivity' && assigned instanceof PhpArray) {
        for (const [k] of assigned.entries) {
          if (!variables.has(String(k))) add('B24R2010', [...path, 'Properties', 'VariableValue', k], `SetVariableActivity writes "${k}", which is not a variable of the template.`);
        }
      }
    }
    const children = node.get('Children');
    if (children instanceof PhpArray) for (const [i, child] of children.entries) walkNodes(child, [...path, 'Children', i]);
  };
  const template = pkg.get('TEMPLATE');
  if (template instanceof PhpArray) for (const [i, node] of template.entries) walkNodes(node, ['TEMPLATE', i]);
}

type Add = (code: DiagnosticCode, path: PathSegment[], message: string, fix?: string) => void;

function checkPackage(pkg: PhpArray, add: Add): void {
  if (pkg.get('VERSION') !== 2) {
    add('B24R2002', ['VERSION'], `VERSION is ${JSON.stringify(pkg.get('VERSION') ?? null)}, not 2 (UTF-8 package).`);
  }
  const template = pkg.get('TEMPLATE');
  if (!(template instanceof PhpArray) || !template.isList() || template.entries.length === 0) {
    add('B24R2002', ['TEMPLATE'], 'TEMPLATE must be a non-empty list of activities.');
  }
  for (const key of ['PARAMETERS', 'VARIABLES', 'CONSTANTS', 'DOCUMENT_FIELDS']) {
    const v = pkg.get(key);
    if (v === undefined) {
      add('B24R2002', [key], `${key} is missing; older portals read it unconditionally.`, `Add ${key} as an empty array.`);
    } else if (!(v instanceof PhpArray) && v !== null) {
      add('B24R2002', [key], `${key} must be an array.`);
    }
  }
}

function walk(node: PhpValue, path: PathSegment[], names: Map<string, PathSegment[]>, options: BptCheckOptions, add: Add): void {
  if (!(node instanceof PhpArray)) {
    add('B24R2004', path, 'An activity must be an array with Type, Name and Properties.');
    return;
  }
  const type = node.get('Type');
  const name = node.get('Name');
  const props = node.get('Properties');
  const children = node.get('Children');
  if (typeof type !== 'string' || type === '') add('B24R2004', [...path, 'Type'], 'The activity has no string Type.');
  if (typeof name !== 'string' || !NAME.test(name)) {
    add('B24R2004', [...path, 'Name'], `The activity name ${JSON.stringify(name ?? null)} is not made of letters, digits and "_".`,
      'Expressions such as {=Name:Property} can only refer to such names.');
  } else if (names.has(name)) {
    add('B24R2005', [...path, 'Name'], `The name "${name}" is already used at ${names.get(name)!.join('.')}.`, 'Give every activity its own name.');
  } else {
    names.set(name, path);
  }
  if (!(props instanceof PhpArray)) add('B24R2004', [...path, 'Properties'], 'Properties must be an array.');
  if (children !== undefined && !(children instanceof PhpArray && children.isList())) {
    add('B24R2004', [...path, 'Children'], 'Children must be a list of activities.');
  }
  if (typeof type === 'string' && type !== '') {
    const lower = type.toLowerCase();
    const extra = options.extraActivities?.[lower];
    if (!STANDARD_ACTIVITIES.has(lower) && extra === undefined) {
      add('B24R2006', [...path, 'Type'], `"${type}" is not a standard activity and not one this module installs; the workflow fails to start if the portal lacks it.`);
    }
    const declared = extra === undefined ? DECLARED_PROPERTIES[lower]?.keys : extra ?? undefined;
    if (declared && props instanceof PhpArray) {
      for (const [key, value] of props.entries) {
        const k = String(key);
        if (lower === 'ifelsebranchactivity' && CONDITION_CODES.has(k)) {
          checkCondition(k, value, [...path, 'Properties', k], add);
        } else if (!declared.includes(k)) {
          add('B24R2007', [...path, 'Properties', k], `${type} declares no property "${k}" (it has ${declared.join(', ')}).`);
        }
      }
    }
    if (lower === 'ifelseactivity' && children instanceof PhpArray) {
      for (const [i, child] of children.entries) {
        const t = child instanceof PhpArray ? child.get('Type') : undefined;
        if (typeof t !== 'string' || t.toLowerCase() !== 'ifelsebranchactivity') {
          add('B24R2004', [...path, 'Children', i, 'Type'], 'Every child of an IfElseActivity must be an IfElseBranchActivity.');
        }
      }
    }
    if (lower === 'ifelsebranchactivity' && props instanceof PhpArray) {
      const codes = props.entries.filter(([k]) => CONDITION_CODES.has(String(k)));
      if (codes.length > 1) {
        add('B24R2008', [...path, 'Properties'], `A branch has ${codes.length} conditions (${codes.map(([k]) => k).join(', ')}); the portal reads only the first.`);
      }
    }
  }
  if (children instanceof PhpArray && children.isList()) {
    for (const [i, child] of children.entries) walk(child, [...path, 'Children', i], names, options, add);
  }
}

function checkCondition(code: string, value: PhpValue, path: PathSegment[], add: Add): void {
  if (code === 'truecondition') return;
  if (code === 'codecondition') {
    if (typeof value !== 'string') add('B24R2008', path, 'A code condition holds PHP code as a string.');
    return;
  }
  if (!(value instanceof PhpArray) || !value.isList() || value.entries.length === 0) {
    add('B24R2008', path, `${code} must be a non-empty list of conditions.`);
    return;
  }
  for (const [i, cond] of value.entries) {
    const at = [...path, i];
    if (!(cond instanceof PhpArray)) {
      add('B24R2008', at, 'A condition must be an array.');
      continue;
    }
    const mixed = code === 'mixedcondition';
    const field = mixed ? cond.get('field') : cond.get(0);
    const operator = mixed ? cond.get('operator') : cond.get(1);
    const joiner = mixed ? cond.get('joiner') : cond.get(3);
    const shape = mixed ? '{object, field, operator, value, joiner}' : '[field, operator, value, joiner]';
    if (mixed && typeof cond.get('object') !== 'string') add('B24R2008', at, `A ${code} entry needs a string "object" (${shape}).`);
    if (typeof field !== 'string' || field === '') add('B24R2008', at, `A ${code} entry needs a field name (${shape}).`);
    if (typeof operator !== 'string' || !CONDITION_OPERATORS.has(operator) || (operator === 'modified' && code !== 'fieldcondition')) {
      add('B24R2008', at, `${JSON.stringify(operator ?? null)} is not an operator ${code} knows (${[...CONDITION_OPERATORS].join(' ')}).`);
    }
    if (joiner !== undefined && joiner !== 0 && joiner !== 1 && joiner !== '0' && joiner !== '1') {
      add('B24R2008', at, 'The joiner is 0 (and) or 1 (or).');
    }
  }
}
