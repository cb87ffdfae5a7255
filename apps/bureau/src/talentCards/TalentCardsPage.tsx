import { type TalentCardView, talentCardViews } from '@talent/domain';
import {
  api,
  Badge,
  call,
  canSee,
  DataTable,
  type DataTableFetcher,
  Notice,
  PageHeader,
  ReasonDialog,
  type Tone,
  useCurrentUser,
  useI18n,
} from '@talent/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CardDialog } from './CardDialog';
import { CardHistoryDialog } from './CardHistoryDialog';
import './talentCards.css';
import { cardManagers } from '../audiences';
import { QueueTabList } from '../pages/QueueTabList';
import type { CardItem } from './types';

const standingTone: Record<CardItem['standing'], Tone> = {
  valid: 'success',
  expired: 'neutral',
  revoked: 'error',
  not_yet_issued: 'info',
};

/**
 * The talent-card registry: tabs for valid, expiring within 60 days, expired and revoked cards, a
 * tier filter and search (card number, name, or a whole resident ID), CSV export; reviewers and admins
 * add, correct and revoke cards here and go on to the import page.
 */
export function TalentCardsPage() {
  const { t, tKey } = useI18n();
  const user = useCurrentUser();
  const canManage = canSee(cardManagers, user);
  const [params, setParams] = useSearchParams();
  const view: TalentCardView = talentCardViews.find((v) => v === params.get('view')) ?? 'all';
  const tier = params.get('tier') ?? '';
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<CardItem | null>(null);
  const [revoking, setRevoking] = useState<CardItem | null>(null);
  const [historyOf, setHistoryOf] = useState<CardItem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: ['talent-cards'] });
  const q = params.get('q') ?? '';
  const { data: counts } = useQuery({
    queryKey: ['talent-cards', 'counts', { q, tier }],
    queryFn: ({ signal }) =>
      call(api['talent-cards'].counts.$get({ query: { q, tier } }, { init: { signal } })),
  });

  const fetcher = useCallback<DataTableFetcher<CardItem>>(
    (query, signal) =>
      call(api['talent-cards'].$get({ query: { ...query, view, tier } }, { init: { signal } })),
    [view, tier],
  );
  const setParam = (name: string, value: string | undefined) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(name, value);
      else next.delete(name);
      next.delete('page');
      return next;
    });

  const reveal = useCallback(
    async (card: CardItem) => {
      const { holderResidentId } = await call(
        api['talent-cards'][':id'].reveal.$post({ param: { id: card.id } }),
      );
      setDone(t('cards.revealed', { cardNumber: card.cardNumber, id: holderResidentId }));
    },
    [t],
  );

  const columns = useMemo(() => {
    const col = createColumnHelper<CardItem>();
    const base = [
      col.accessor('cardNumber', {
        header: t('cards.cardNumber'),
        cell: (i) => <span className="mono">{i.getValue()}</span>,
      }),
      col.accessor('holderName', { header: t('cards.holderName') }),
      col.accessor('holderResidentId', {
        header: t('cards.holderResidentId'),
        enableSorting: false,
        cell: (i) => <span className="mono">{i.getValue()}</span>,
      }),
      col.accessor('tier', { header: t('cards.tier') }),
      col.accessor('issueDate', { header: t('cards.issueDate') }),
      col.accessor('expiryDate', {
        header: t('cards.expiryDate'),
        cell: (i) => (
          <>
            {i.getValue()}
            {i.row.original.expiresSoon && (
              <>
                {' '}
                <Badge tone="warning" testId={`expires-soon-${i.row.original.cardNumber}`}>
                  {t('cards.expiresSoon')}
                </Badge>
              </>
            )}
            {i.row.original.expiryNotifiedAt && <span className="muted"> {t('cards.warned')}</span>}
          </>
        ),
        meta: { csv: (row) => row.expiryDate },
      }),
      col.accessor('standing', {
        header: t('cards.standing'),
        enableSorting: false,
        cell: (i) => (
          <span
            title={
              i.row.original.revokedReason
                ? t('cards.revokedReason', { reason: i.row.original.revokedReason })
                : undefined
            }
          >
            <Badge tone={standingTone[i.getValue()]} testId={`card-standing-${i.row.original.cardNumber}`}>
              {tKey(`talentCard.standing.${i.getValue()}`)}
            </Badge>
          </span>
        ),
        meta: { csv: (row) => tKey(`talentCard.standing.${row.standing}`) },
      }),
    ];
    return [
      ...base,
      col.display({
        id: 'actions',
        header: t('cards.actions'),
        enableSorting: false,
        meta: { csv: false },
        cell: (i) => {
          const card = i.row.original;
          return (
            <span className="row-actions">
              <button
                type="button"
                className="button button-small"
                onClick={() => setHistoryOf(card)}
                data-testid={`history-${card.cardNumber}`}
              >
                {t('cards.history')}
                <span className="visually-hidden"> {card.cardNumber}</span>
              </button>
              {canManage && (
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => reveal(card)}
                  data-testid={`reveal-${card.cardNumber}`}
                >
                  {t('cards.reveal')}
                  <span className="visually-hidden"> {card.cardNumber}</span>
                </button>
              )}
              {canManage && card.status === 'valid' && (
                <>
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => setEditing(card)}
                    data-testid={`edit-${card.cardNumber}`}
                  >
                    {t('cards.edit')}
                    <span className="visually-hidden"> {card.cardNumber}</span>
                  </button>
                  <button
                    type="button"
                    className="button button-small button-danger-quiet"
                    onClick={() => setRevoking(card)}
                    data-testid={`revoke-${card.cardNumber}`}
                  >
                    {t('cards.revoke')}
                    <span className="visually-hidden"> {card.cardNumber}</span>
                  </button>
                </>
              )}
            </span>
          );
        },
      }),
    ];
  }, [t, tKey, canManage, reveal]);

  const revoke = async (card: CardItem, reason: string) => {
    const { card: after } = await call(
      api['talent-cards'][':id'].revoke.$post({
        param: { id: card.id },
        json: { reason, version: card.version },
      }),
    );
    setRevoking(null);
    setDone(t('cards.revokedDone', { cardNumber: after.cardNumber }));
    reload();
  };

  return (
    <div className="page">
      <PageHeader
        title={t('cards.title')}
        actions={
          canManage && (
            <>
              <Link className="button" to="/talent-cards/import" data-testid="cards-import">
                {t('cards.import')}
              </Link>
              <button
                type="button"
                className="button button-primary"
                onClick={() => {
                  setDone(null);
                  setAdding(true);
                }}
                data-testid="cards-add"
              >
                {t('cards.add')}
              </button>
            </>
          )
        }
      >
        <p className="muted">{t('cards.intro')}</p>
      </PageHeader>
      {!canManage && (
        <Notice tone="neutral" testId="cards-read-only">
          {t('cards.readOnly')}
        </Notice>
      )}
      {done && (
        <Notice tone="success" testId="cards-done">
          {done}
        </Notice>
      )}
      <QueueTabList
        tabs={talentCardViews}
        active={view}
        onSelect={(tab) => setParam('view', tab === 'all' ? undefined : tab)}
        label={t('cards.tabs')}
        prefix="card"
        title={(tab) => tKey(`cards.tab.${tab}`)}
        count={(tab) => counts?.[tab]}
      />
      <DataTable
        columns={columns}
        fetcher={fetcher}
        caption={t('cards.title')}
        getRowId={(row) => row.id}
        defaultSort={{ id: 'expiryDate', order: 'asc' }}
        searchLabel={t('cards.search')}
        queryKey={['talent-cards']}
        reloadKey={`${view}/${tier}`}
        exportFileName={t('cards.exportName')}
        toolbar={
          <label className="inline-field">
            <span>{t('cards.tierFilter')}</span>
            <input
              className="input input-small"
              defaultValue={tier}
              maxLength={10}
              placeholder={t('cards.tierAll')}
              onBlur={(e) => setParam('tier', e.currentTarget.value.trim() || undefined)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') setParam('tier', e.currentTarget.value.trim() || undefined);
              }}
              data-testid="card-tier-filter"
            />
          </label>
        }
        testId="cards-table"
      />
      {(adding || editing) && (
        <CardDialog
          card={editing ?? undefined}
          onClose={() => {
            setAdding(false);
            setEditing(null);
          }}
          onSaved={(card) => {
            setDone(t(editing ? 'cards.saved' : 'cards.added', { cardNumber: card.cardNumber }));
            setAdding(false);
            setEditing(null);
            reload();
          }}
        />
      )}
      {historyOf && <CardHistoryDialog card={historyOf} onClose={() => setHistoryOf(null)} />}
      {revoking && (
        <ReasonDialog
          title={t('cards.revokeTitle', { cardNumber: revoking.cardNumber })}
          hint={t('cards.revokeHint')}
          summary={
            <span>
              <span className="mono">{revoking.cardNumber}</span> {revoking.holderName} ({revoking.tier})
            </span>
          }
          submitLabel={t('cards.revoke')}
          onSubmit={(reason) => revoke(revoking, reason)}
          onClose={() => setRevoking(null)}
          testId="revoke-dialog"
        />
      )}
    </div>
  );
}
