/** Spec sources for loader and CLI tests, written as text so line and column numbers are exact. */
export const HEADER = "import { defineRouting } from 'b24route';\n\n";

export const MINIMAL_BODY = `export default defineRouting({
  module: { id: 'acme.router', name: 'Router', partner: { name: 'Acme', url: 'https://acme.example' } },
  timeZone: 'Europe/Berlin',
  companies: [
    {
      id: 'north',
      name: 'North',
      lines: [{ id: 3 }, { id: 4 }],
      pipeline: { categoryId: 2 },
    },
  ],
});
`;

export const MINIMAL = HEADER + MINIMAL_BODY;

/** Replaces `from` with `to` in the minimal spec, once; fails loudly when `from` is absent. */
export function minimalWith(from: string, to: string): string {
  if (!MINIMAL.includes(from)) throw new Error(`fixture does not contain ${from}`);
  return MINIMAL.replace(from, to);
}
