/**
 * The template engine: an isolated Handlebars environment, strict (a missing view field is an error),
 * without HTML escaping (the view model escapes for PHP), and with no helpers beyond the built-in
 * block helpers. Templates only lay text out; names and escaping are precomputed in the view model.
 */
import Handlebars from 'handlebars';

/** Template sources by path relative to `templates/`, e.g. `module/include.php.hbs`. */
export type TemplateSources = Readonly<Record<string, string>>;

export type Render = (template: string, view: object) => string;

export function createRenderer(sources: TemplateSources): Render {
  const env = Handlebars.create();
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  for (const [name, source] of Object.entries(sources)) {
    compiled.set(name, env.compile(source, { strict: true, noEscape: true, knownHelpersOnly: true, preventIndent: true }));
  }
  return (template, view) => {
    const fn = compiled.get(template);
    if (!fn) throw new Error(`No template ${template}; known: ${[...compiled.keys()].sort().join(', ')}`);
    return fn(view);
  };
}
