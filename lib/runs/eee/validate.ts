import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import schema from './eval.schema.json' with { type: 'json' };

export const eeeSchemaVersion = schema.version;

let compiled: ValidateFunction | undefined;

/** The vendored schema compiled once; `version` is a top-level annotation the schema carries, not a keyword. */
function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    ajv.addKeyword('version');
    addFormats(ajv);
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/** Problems of a parsed EEE document against the vendored schema, as "path: message" lines; empty when valid. */
export function eeeSchemaProblems(doc: unknown): { path: string; message: string }[] {
  const validate = validator();
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => ({
    path: e.instancePath || '(document)',
    message: `${e.message ?? 'invalid'}${e.params && 'additionalProperty' in e.params ? ` ("${String(e.params.additionalProperty)}")` : ''}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}`,
  }));
}
