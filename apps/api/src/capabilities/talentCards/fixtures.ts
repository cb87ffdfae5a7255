import { addDays, todayInChina } from '@talent/domain';
import ExcelJS from 'exceljs';
import { TEST_ORIGIN, type TestHarness, unique, uniqueResidentId } from '../../testing/index.js';

// Card files for the registry's tests: real CSV bytes and real .xlsx workbooks written by exceljs.

export const HEADER = ['卡号', '姓名', '身份证号', '等级', '发卡日期', '有效期至'];

export type CardLine = {
  cardNumber: string;
  holderName: string;
  holderResidentId: string;
  tier: string;
  issueDate: string;
  expiryDate: string;
};

/** `count` distinct valid cards under a fresh prefix (so tests sharing a database never collide). */
export function cardLines(count: number, prefix = unique('LY').toUpperCase()): CardLine[] {
  const today = todayInChina();
  return Array.from({ length: count }, (_, i) => ({
    cardNumber: `${prefix}-${String(i + 1).padStart(4, '0')}`,
    holderName: `持卡人${i + 1}`,
    holderResidentId: uniqueResidentId(),
    tier: 'A',
    issueDate: addDays(today, -365),
    expiryDate: addDays(today, 3 * 365),
  }));
}

const cells = (c: CardLine) => [
  c.cardNumber,
  c.holderName,
  c.holderResidentId,
  c.tier,
  c.issueDate,
  c.expiryDate,
];

export function csvOf(lines: CardLine[], options: { bom?: boolean } = {}): string {
  const body = [HEADER, ...lines.map(cells)].map((r) => r.join(',')).join('\r\n');
  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`;
}

/** A workbook as Excel saves it: dates as date cells, everything else as text. */
export async function xlsxOf(lines: CardLine[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('人才服务卡');
  sheet.addRow(HEADER);
  for (const c of lines) {
    sheet.addRow([
      c.cardNumber,
      c.holderName,
      c.holderResidentId,
      c.tier,
      new Date(`${c.issueDate}T00:00:00Z`),
      new Date(`${c.expiryDate}T00:00:00Z`),
    ]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function uploadCardFile(
  h: TestHarness,
  cookie: string | undefined,
  name: string,
  bytes: Uint8Array | string,
): Promise<Response> {
  const form = new FormData();
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  form.set('file', new File([data], name));
  const headers: Record<string, string> = { origin: TEST_ORIGIN };
  if (cookie) headers.cookie = cookie;
  return h.app.request('/api/talent-cards/imports', { method: 'POST', headers, body: form });
}
