import { useId, useMemo } from 'react';
import { editorSections, type EditorField } from '../model/editorFields.ts';
import { valueAtPath } from '../store/scenarioSlice.ts';
import { useApp, useAppStoreApi } from '../store/useApp.ts';

function shownValue(raw: unknown, validated: unknown): string {
  if (raw !== undefined) return typeof raw === 'string' ? raw : JSON.stringify(raw);
  return validated === undefined ? '' : String(validated);
}

function Field({ field }: { readonly field: EditorField }) {
  const store = useAppStoreApi();
  const id = useId();
  const draft = useApp((s) => s.drafts[field.path]);
  const error = useApp((s) => s.fieldErrors[field.path]);
  const raw = useApp((s) => valueAtPath(s.current.raw, field.path));
  const validated = useApp((s) => valueAtPath(s.current.scenario, field.path));
  const value = draft ?? shownValue(raw, validated);
  const onChange = (text: string) => store.getState().setField(field.path, text, field.kind);
  const range = field.minimum !== undefined && field.maximum !== undefined ? `${field.minimum} to ${field.maximum}` : '';
  return (
    <div className="field" data-invalid={error ? 'true' : undefined}>
      <label htmlFor={id} title={`${field.path}: ${field.description}`}>
        {field.label}
      </label>
      {field.kind === 'boolean' ? (
        <input
          id={id}
          type="checkbox"
          checked={value === 'true'}
          onChange={(e) => onChange(String(e.target.checked))}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          data-path={field.path}
        />
      ) : field.kind === 'enum' ? (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-path={field.path}>
          {field.options?.map((option) => (
            <option key={option}>{option}</option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          value={value}
          inputMode={field.kind === 'number' ? 'decimal' : 'text'}
          placeholder={field.kind === 'number' ? range : ''}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          data-path={field.path}
          spellCheck={false}
        />
      )}
      <span className="unit">{field.unit}</span>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert" data-testid={`error-${field.path}`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The scenario editor: one group per schema section, units on every field, the schema's message inline. */
export function ScenarioEditor() {
  const sections = useMemo(editorSections, []);
  return (
    <section className="panel editor" aria-labelledby="editor-title">
      <h2 id="editor-title">Scenario</h2>
      {sections.map((section) => (
        <fieldset key={section.title}>
          <legend>{section.title}</legend>
          {section.fields.map((field) => (
            <Field key={field.path} field={field} />
          ))}
        </fieldset>
      ))}
    </section>
  );
}
