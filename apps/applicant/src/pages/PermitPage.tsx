import { api, call, countyName, FormError, useI18n } from '@talent/ui';
import { useQuery } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';

/**
 * 准予迁入证明, printable: number, verification code and a QR code of the public verify address, so
 * whoever receives the paper can check it is genuine. The print stylesheet leaves out the portal's frame.
 */
export function PermitPage() {
  const { id } = useParams();
  const { t, tKey, locale } = useI18n();
  const resource = useQuery({
    queryKey: ['settlements', id, 'permit'],
    queryFn: () => call(api.settlements[':id'].permit.$get({ param: { id: id ?? '' } })),
  });
  const permit = resource.data?.permit;
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    if (!permit) return;
    let live = true;
    QRCode.toDataURL(permit.verifyUrl, { margin: 1, width: 160, errorCorrectionLevel: 'M' }).then((url) => {
      if (live) setQr(url);
    });
    return () => {
      live = false;
    };
  }, [permit]);
  if (!permit) return resource.error ? <FormError error={resource.error} /> : <p className="muted">…</p>;
  return (
    <div className="page permit-page">
      <div className="no-print permit-tools">
        <Link to={`/applications/${id}`} className="button">
          {t('permit.back')}
        </Link>
        <button
          type="button"
          className="button button-primary"
          data-testid="print-permit"
          onClick={() => window.print()}
        >
          {t('permit.print')}
        </button>
      </div>
      <article className="permit" data-testid="permit">
        <h1 className="permit-title">{t('permit.title')}</h1>
        <p className="permit-number">
          {t('permit.number')}:<span data-testid="permit-number">{permit.number}</span>
        </p>
        <p className="permit-body">
          {t('permit.body', {
            name: permit.name,
            residentId: permit.residentId ?? '—',
            county: countyName(permit.countyCode, locale),
            place: tKey(`place.${permit.settleAt}`),
          })}
        </p>
        <dl className="permit-facts">
          <div>
            <dt>{t('permit.name')}</dt>
            <dd data-testid="permit-name">{permit.name}</dd>
          </div>
          <div>
            <dt>{t('permit.residentId')}</dt>
            <dd>{permit.residentId}</dd>
          </div>
          <div>
            <dt>{t('permit.settleAt')}</dt>
            <dd>
              {countyName(permit.countyCode, locale)} · {tKey(`place.${permit.settleAt}`)}
              {permit.policeStation ? ` · ${permit.policeStation}` : ''}
            </dd>
          </div>
          <div>
            <dt>{t('permit.householdNumber')}</dt>
            <dd>{permit.householdNumber}</dd>
          </div>
          <div>
            <dt>{t('permit.registrationDate')}</dt>
            <dd>{permit.registrationDate}</dd>
          </div>
          <div>
            <dt>{t('permit.application')}</dt>
            <dd>{permit.applicationNumber}</dd>
          </div>
        </dl>
        <div className="permit-verify">
          {qr && <img src={qr} alt={t('permit.qrAlt')} width={160} height={160} data-testid="permit-qr" />}
          <div>
            <p>
              {t('permit.code')}:
              <strong className="mono" data-testid="permit-code">
                {permit.verificationCode}
              </strong>
            </p>
            <p className="permit-url">
              {t('permit.verifyAt')}{' '}
              <a href={permit.verifyUrl} data-testid="permit-verify-url">
                {permit.verifyUrl}
              </a>
            </p>
          </div>
        </div>
        <p className="permit-issuer">{t('permit.issuer')}</p>
      </article>
    </div>
  );
}
