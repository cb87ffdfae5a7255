import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useT } from '../i18n/I18nProvider';

/** The router's errorElement: a 404 for unknown paths, otherwise a plain "something went wrong". */
export function RouteError() {
  const error = useRouteError();
  const t = useT();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (!notFound) console.error(error);
  return (
    <div className="page-status" role="alert" data-testid="route-error">
      <p>{notFound ? t('session.notFound') : t('error.internal')}</p>
      <Link to="/">{t('session.backHome')}</Link>
    </div>
  );
}
