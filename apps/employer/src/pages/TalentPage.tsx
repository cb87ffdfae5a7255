import { type TalentRelation, talentRelations } from '@talent/domain';
import {
  api,
  Badge,
  call,
  DataTable,
  FilterSelect,
  PageHeader,
  type PageQuery,
  useI18n,
  useUrlFilter,
} from '@talent/ui';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { tierText } from '../components/labels';

function loadTalent(query: PageQuery & { relation: TalentRelation | undefined }, signal: AbortSignal) {
  return call(api.employer.talent.$get({ query }, { init: { signal } }));
}

type TalentItem = Awaited<ReturnType<typeof loadTalent>>['items'][number];

/** The organisation's graduates: collective-household members and confirmed employees (names masked). */
export function TalentPage() {
  const { t } = useI18n();
  const [relation, setRelation] = useUrlFilter('relation', talentRelations);

  const columns = useMemo(() => {
    const col = createColumnHelper<TalentItem>();
    const relationText = (row: TalentItem) =>
      row.relations.map((r) => t(`talentRelation.${r}`)).join(t('list.separator'));
    return [
      col.accessor('number', {
        header: t('employer.applicationNumber'),
        cell: (i) => <span className="mono">{i.getValue()}</span>,
      }),
      col.accessor('name', { header: t('employer.graduateName'), enableSorting: false }),
      col.accessor('tier', {
        header: t('employer.tier'),
        enableSorting: false,
        cell: (i) => tierText(t, i.getValue()),
        meta: { csv: (row) => tierText(t, row.tier) },
      }),
      col.accessor('relations', {
        header: t('employer.relation'),
        enableSorting: false,
        cell: (i) => (
          <span className="badges">
            {i.getValue().map((r) => (
              <Badge key={r} tone={r === 'employee' ? 'success' : 'info'}>
                {t(`talentRelation.${r}`)}
              </Badge>
            ))}
          </span>
        ),
        meta: { csv: relationText },
      }),
      col.accessor('position', {
        header: t('employer.position'),
        enableSorting: false,
        cell: (i) => i.getValue() ?? '—',
      }),
      col.accessor('since', { header: t('employer.since'), cell: (i) => i.getValue() ?? '—' }),
      col.accessor('state', {
        header: t('employer.caseStatus'),
        cell: (i) => t(`state.${i.getValue()}`),
        meta: { csv: (row) => t(`state.${row.state}`) },
      }),
    ];
  }, [t]);

  return (
    <div className="page">
      <PageHeader title={t('employer.talentTitle')}>
        <p className="muted">{t('employer.talentIntro')}</p>
      </PageHeader>
      <DataTable
        columns={columns}
        fetcher={(query, signal) => loadTalent({ ...query, relation }, signal)}
        queryKey={['employer', 'talent', { relation }]}
        caption={t('employer.talentTitle')}
        getRowId={(row) => row.applicationId}
        defaultSort={{ id: 'since', order: 'desc' }}
        exportFileName={t('employer.talentExportName')}
        testId="talent-table"
        toolbar={
          <FilterSelect
            label={t('employer.relation')}
            value={relation}
            options={talentRelations.map((r) => ({ value: r, label: t(`talentRelation.${r}`) }))}
            onChange={setRelation}
            testId="talent-relation-filter"
          />
        }
      />
    </div>
  );
}
