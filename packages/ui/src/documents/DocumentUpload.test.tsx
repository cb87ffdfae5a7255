import { maxUploadBytes } from '@talent/domain';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/apiFetch';
import { renderWithProviders } from '../test/utils';
import { DocumentPreview } from './DocumentPreview';
import { DocumentUpload } from './DocumentUpload';
import type { DocumentRef, UploadFn } from './uploadDocument';

const stored: DocumentRef = {
  id: 'd1',
  mime: 'application/pdf',
  originalName: 'diploma.pdf',
  sizeBytes: 10,
  url: '/api/documents/d1/content',
};

function Harness({ upload }: { upload: UploadFn }) {
  const [value, setValue] = useState<DocumentRef | null>(null);
  return (
    <DocumentUpload label="毕业证书" value={value} onChange={setValue} testId="diploma" upload={upload} />
  );
}

function choose(bytes: number, name = 'diploma.pdf') {
  const file = new File([new Uint8Array(bytes)], name, { type: 'application/pdf' });
  fireEvent.change(screen.getByTestId('diploma-input'), { target: { files: [file] } });
  return file;
}

describe('DocumentUpload', () => {
  it('uploads with progress and offers a preview of what was stored', async () => {
    let progress: (p: number) => void = () => {};
    let finish: (d: DocumentRef) => void = () => {};
    const upload = vi.fn<UploadFn>((_file, onProgress) => {
      progress = onProgress;
      return new Promise((resolve) => {
        finish = resolve;
      });
    });
    renderWithProviders(<Harness upload={upload} />);
    choose(100);
    act(() => progress(40));
    expect((screen.getByTestId('diploma-progress') as HTMLProgressElement).value).toBe(40);
    expect((screen.getByTestId('diploma-input') as HTMLInputElement).disabled).toBe(true);
    await act(async () => finish(stored));
    expect(screen.queryByTestId('diploma-progress')).toBeNull();
    expect(screen.getByTestId('diploma-name').textContent).toContain('diploma.pdf');
    fireEvent.click(screen.getByTestId('diploma-preview-toggle'));
    expect(screen.getByTestId('diploma-preview').querySelector('object')?.getAttribute('data')).toBe(
      stored.url,
    );
  });

  it('refuses an empty or oversized file before sending it', async () => {
    const upload = vi.fn<UploadFn>();
    renderWithProviders(<Harness upload={upload} />);
    choose(0);
    expect(screen.getByTestId('diploma-error').textContent).toBe('文件为空');
    choose(maxUploadBytes + 1);
    expect(screen.getByTestId('diploma-error').textContent).toBe('文件超过10 MB');
    expect(upload).not.toHaveBeenCalled();
  });

  it('shows the API’s reason for refusing a file', async () => {
    const upload = vi.fn<UploadFn>(() =>
      Promise.reject(
        new ApiError({
          status: 415,
          code: 'unsupported_media_type',
          message: '只接受PDF、JPEG或PNG文件(按文件内容判断)',
        }),
      ),
    );
    renderWithProviders(<Harness upload={upload} />);
    choose(100, 'program.pdf');
    await waitFor(() => expect(screen.getByTestId('diploma-error').textContent).toContain('按文件内容判断'));
    expect(screen.queryByTestId('diploma-name')).toBeNull();
  });
});

describe('DocumentPreview', () => {
  it('shows images inline and PDFs in the viewer, each with a link to open it', () => {
    renderWithProviders(
      <DocumentPreview
        document={{ url: '/api/documents/i/content', mime: 'image/png', originalName: 'id.png' }}
      />,
    );
    expect(screen.getByRole('img').getAttribute('alt')).toBe('id.png');
    expect(screen.getByTestId('document-preview-open').getAttribute('href')).toBe('/api/documents/i/content');
  });
});
