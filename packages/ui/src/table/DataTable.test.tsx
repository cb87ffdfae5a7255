import { createColumnHelper } from '@tanstack/react-table';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/apiFetch';
import { renderWithProviders } from '../test/utils';
import { DataTable } from './DataTable';
import type { PageQuery, PageResult } from './query';

type Person = { id: string; name: string; age: number };
const col = createColumnHelper<Person>();
const columns = [
  col.accessor('name', { header: 'Name' }),
  col.accessor('age', { header: 'Age' }),
  col.display({ id: 'actions', header: 'Actions', enableSorting: false, cell: () => 'edit' }),
];

function makeFetcher(total = 95) {
  return vi.fn(
    async (query: PageQuery): Promise<PageResult<Person>> => ({
      items: Array.from(
        { length: Math.min(query.pageSize, total - (query.page - 1) * query.pageSize) },
        (_, i) => {
          const n = (query.page - 1) * query.pageSize + i;
          return { id: `p${n}`, name: `Person ${n}`, age: 20 + (n % 40) };
        },
      ),
      total,
    }),
  );
}

const location = () => screen.getByTestId('location').textContent ?? '';

describe('DataTable', () => {
  it('reads page, size, sort and search from the URL and asks the server for exactly that', async () => {
    const fetcher = makeFetcher();
    renderWithProviders(
      <DataTable
        columns={columns}
        fetcher={fetcher}
        caption="people"
        getRowId={(p) => p.id}
        searchLabel="find"
      />,
      { route: '/people?page=3&pageSize=10&sort=age&order=desc&q=wang' },
    );
    await screen.findByTestId('row-p20');
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(fetcher.mock.calls[0]?.[0]).toEqual({
      page: 3,
      pageSize: 10,
      sort: 'age',
      order: 'desc',
      q: 'wang',
    });
    expect(screen.getByTestId('data-table-page').textContent).toBe('第 3 / 10 页');
    expect(screen.getByTestId('data-table-total').textContent).toBe('共 95 条');
    expect(screen.getByTestId<HTMLInputElement>('data-table-search').value).toBe('wang');
    expect(screen.getByTestId('sort-age').closest('th')?.getAttribute('aria-sort')).toBe('descending');
  });

  it('puts sorting and paging into the URL and calls the fetcher with them', async () => {
    const fetcher = makeFetcher();
    renderWithProviders(
      <DataTable columns={columns} fetcher={fetcher} caption="people" getRowId={(p) => p.id} />,
      {
        route: '/people',
      },
    );
    await screen.findByTestId('row-p0');
    expect(fetcher.mock.calls[0]?.[0]).toEqual({ page: 1, pageSize: 20 });

    fireEvent.click(screen.getByTestId('data-table-next'));
    await screen.findByTestId('row-p20');
    expect(location()).toBe('/people?page=2');
    expect(fetcher.mock.lastCall?.[0]).toEqual({ page: 2, pageSize: 20 });

    // sorting goes back to the first page
    fireEvent.click(screen.getByTestId('sort-name'));
    await waitFor(() =>
      expect(fetcher.mock.lastCall?.[0]).toEqual({ page: 1, pageSize: 20, sort: 'name', order: 'asc' }),
    );
    expect(location()).toBe('/people?sort=name&order=asc');
    fireEvent.click(screen.getByTestId('sort-name'));
    await waitFor(() => expect(location()).toBe('/people?sort=name&order=desc'));
    expect(fetcher.mock.lastCall?.[0]).toEqual({ page: 1, pageSize: 20, sort: 'name', order: 'desc' });

    fireEvent.change(screen.getByTestId('data-table-page-size'), { target: { value: '50' } });
    await waitFor(() => expect(location()).toBe('/people?pageSize=50&sort=name&order=desc'));
    expect(fetcher.mock.lastCall?.[0]).toEqual({ page: 1, pageSize: 50, sort: 'name', order: 'desc' });
    // a column that cannot sort has no sort button
    expect(screen.queryByTestId('sort-actions')).toBeNull();
  });

  it('searches on the server, from the first page', async () => {
    const fetcher = makeFetcher();
    renderWithProviders(
      <DataTable
        columns={columns}
        fetcher={fetcher}
        caption="people"
        getRowId={(p) => p.id}
        searchLabel="find"
      />,
      { route: '/people?page=4' },
    );
    await screen.findByTestId('row-p60');
    fireEvent.change(screen.getByTestId('data-table-search'), { target: { value: '  li ' } });
    fireEvent.click(screen.getByTestId('data-table-search-submit'));
    await waitFor(() => expect(location()).toBe('/people?q=li'));
    expect(fetcher.mock.lastCall?.[0]).toEqual({ page: 1, pageSize: 20, q: 'li' });
  });

  it('shows the empty state', async () => {
    renderWithProviders(<DataTable columns={columns} fetcher={makeFetcher(0)} caption="people" />);
    expect((await screen.findByTestId('data-table-empty')).textContent).toBe('没有符合条件的记录');
  });

  it('shows an error with a retry that loads again', async () => {
    const fetcher = vi
      .fn<(q: PageQuery) => Promise<PageResult<Person>>>()
      .mockRejectedValueOnce(new ApiError({ status: 403, code: 'forbidden', message: 'forbidden' }))
      .mockResolvedValueOnce({ items: [{ id: 'x', name: 'X', age: 1 }], total: 1 });
    renderWithProviders(
      <DataTable columns={columns} fetcher={fetcher} caption="people" getRowId={(p) => p.id} />,
    );
    const error = await screen.findByTestId('data-table-error');
    expect(error.textContent).toContain('您无权执行此操作');
    fireEvent.click(screen.getByText('重试'));
    await screen.findByTestId('row-x');
    expect(fetcher).toHaveBeenCalledTimes(2);
    expect(screen.queryByTestId('data-table-error')).toBeNull();
  });

  it('falls back to defaults for a malformed URL and ignores unknown sort keys', async () => {
    const fetcher = makeFetcher();
    renderWithProviders(
      <DataTable
        columns={columns}
        fetcher={fetcher}
        caption="people"
        defaultSort={{ id: 'name', order: 'asc' }}
        getRowId={(p) => p.id}
      />,
      { route: '/people?page=-2&pageSize=7&sort=password&order=sideways' },
    );
    await screen.findByTestId('row-p0');
    expect(fetcher.mock.calls[0]?.[0]).toEqual({ page: 1, pageSize: 20, sort: 'name', order: 'asc' });
  });
});
