import { DownloadOutlined } from '@ant-design/icons';
import { apiErrorText } from '../../app/api-error-text.ts';
import { App, Button, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api-client.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { downloadFromApi } from './download.ts';
import './transfer.texts.ts';

type FilterValue = string | number | boolean | null | undefined;

export interface ExportButtonProps {
  /** The list's export endpoint under /api/v1, e.g. `/hazards/export.xlsx` (docs/adr/0047). */
  path: string;
  /** The list's current filters, as its own API query takes them (page and pageSize are ignored by the server). */
  filters?: Record<string, FilterValue>;
  label?: string;
  size?: ButtonProps['size'];
}

/**
 * Downloads the list with its current filters as .xlsx, in the language of the screen. One button for every list:
 * hazards, enterprises, inspections, alarms, sensors, accounts, the statistics table.
 */
export function ExportButton({ path, filters = {}, label, size }: ExportButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const { page: _page, pageSize: _pageSize, ...query } = filters;

  const run = async () => {
    setBusy(true);
    try {
      const name = await downloadFromApi(path, { ...query, lang: currentLanguage() }, path.split('/').at(-1) ?? 'export.xlsx');
      void message.success(t('transfer.export.done', { name }));
    } catch (error) {
      const tooMany = isApiError(error, 'VALIDATION_FAILED') && error.details.some((d) => d.path === 'filters');
      void message.error(tooMany ? t('transfer.export.tooMany') : t('transfer.export.failed', { message: apiErrorText(t, error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()} size={size} data-testid="export-button">
      {busy ? t('transfer.export.busy') : (label ?? t('transfer.export.button'))}
    </Button>
  );
}
