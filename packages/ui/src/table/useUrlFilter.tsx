import { useSearchParams } from 'react-router';
import { useT } from '../i18n/I18nProvider';

/**
 * A list filter kept in the URL next to the table's own paging and sorting, so a reload or a shared
 * link shows the same rows. Changing it goes back to the first page.
 */
export function useUrlFilter<const T extends string>(name: string, values: readonly T[]) {
  const [params, setParams] = useSearchParams();
  const raw = params.get(name);
  const value = values.find((v) => v === raw);
  const setValue = (next: T | undefined) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      if (next) updated.set(name, next);
      else updated.delete(name);
      updated.delete('page');
      return updated;
    });
  return [value, setValue] as const;
}

/** The select for a `useUrlFilter`, with an "all" choice first. */
export function FilterSelect<const T extends string>({
  label,
  value,
  options,
  onChange,
  testId,
}: {
  label: string;
  value: T | undefined;
  options: readonly { value: T; label: string }[];
  onChange: (value: T | undefined) => void;
  testId: string;
}) {
  const t = useT();
  return (
    <label className="table-filter">
      <span>{label}</span>
      <select
        className="input input-small"
        value={value ?? ''}
        onChange={(e) => onChange(options.find((o) => o.value === e.target.value)?.value)}
        data-testid={testId}
      >
        <option value="">{t('table.filterAll')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
