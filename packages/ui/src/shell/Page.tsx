import { type ReactNode, useEffect } from 'react';
import { useT } from '../i18n/I18nProvider';

/** Sets the browser tab's title: "Page – platform name". */
export function usePageTitle(title: string): void {
  const t = useT();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} – ${appName}` : appName;
  }, [title, appName]);
}

/** A page's heading (h1) with optional actions on the right; also names the browser tab. */
export function PageHeader({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  usePageTitle(title);
  return (
    <div className="page-header">
      <div>
        <h1 className="page-title">{title}</h1>
        {children}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </div>
  );
}

/** A boxed section with an optional heading. */
export function Card({
  title,
  children,
  className,
  testId,
}: {
  title?: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <section className={['card', className].filter(Boolean).join(' ')} data-testid={testId}>
      {title && <h2 className="card-title">{title}</h2>}
      {children}
    </section>
  );
}

/** A definition list of label/value pairs. */
export function Facts({
  items,
}: {
  items: readonly { label: ReactNode; value: ReactNode; testId?: string }[];
}) {
  return (
    <dl className="facts">
      {items.map((item, index) => (
        <div className="fact" key={index}>
          <dt>{item.label}</dt>
          <dd data-testid={item.testId}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
