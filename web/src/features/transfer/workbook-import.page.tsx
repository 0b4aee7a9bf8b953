import { CheckCircleOutlined, DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { apiErrorText } from '../../app/api-error-text.ts';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Flex, Typography, Upload } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../../app/api-client.ts';
import { LinkButton } from '../../app/link-button.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { currentLanguage } from '../../i18n/i18n.ts';
import { downloadFromApi } from './download.ts';
import { ImportReport } from './import-report.tsx';
import type { ImportReport as Report } from './import-report.types.ts';
import './transfer.texts.ts';

/** What can be imported, where its endpoints are and where its records live on screen. */
export const IMPORT_TARGETS = {
  enterprises: { api: '/enterprises', title: 'transfer.import.enterprisesTitle', back: '/enterprises', linkOf: (id: string) => `/enterprises/${id}` },
  sensors: { api: '/sensors', title: 'transfer.import.sensorsTitle', back: '/monitoring', linkOf: (id: string) => `/monitoring/sensors/${id}` },
  // An article row has no page of its own: the library lists the acts (docs/adr/0049).
  lawArticles: { api: '/laws/articles', title: 'transfer.import.lawArticlesTitle', back: '/laws', linkOf: (_id: string) => '/laws' },
} as const;
export type ImportTarget = keyof typeof IMPORT_TARGETS;

const MAX_FILE_BYTES = 15 * 1024 * 1024;

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function Step({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <Flex gap={12} align="flex-start">
      <span aria-hidden style={{ flex: 'none', width: 24, height: 24, borderRadius: 12, background: '#1677ff', color: '#fff', textAlign: 'center', lineHeight: '24px', fontSize: 13 }}>{n}</span>
      <Flex vertical gap={8} style={{ minWidth: 0, flex: 1 }}>
        <Typography.Text strong>{title}</Typography.Text>
        {children}
      </Flex>
    </Flex>
  );
}

/**
 * Importing records from a workbook (the accident import is the model): template, file, a dry run whose report
 * shows every row, then the import of all rows or only the good ones — refused rows are never written.
 */
export function WorkbookImportPage({ target }: { target: ImportTarget }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const spec = IMPORT_TARGETS[target];
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<Report | null>(null);
  const [done, setDone] = useState<Report | null>(null);

  const send = useMutation({
    mutationFn: async (options: { dryRun: boolean; mode: 'all-or-nothing' | 'valid-only' }) =>
      apiRequest<Report>(`${spec.api}/import`, {
        method: 'POST',
        query: { dryRun: options.dryRun, mode: options.mode, lang: currentLanguage() },
        body: { content: await base64Of(file!), fileName: file!.name },
      }),
    onSuccess: (report) => (report.dryRun ? setChecked(report) : setDone(report)),
    onError: (error) => void message.error(t('transfer.import.failed', { message: apiErrorText(t, error) })),
  });

  const choose = (chosen: File) => {
    if (!/\.xlsx$/i.test(chosen.name)) void message.error(t('transfer.import.wrongType'));
    else if (chosen.size > MAX_FILE_BYTES) void message.error(t('transfer.import.tooLarge'));
    else {
      setFile(chosen);
      setChecked(null);
      setDone(null);
    }
    return Upload.LIST_IGNORE;
  };
  const reset = () => {
    setFile(null);
    setChecked(null);
    setDone(null);
  };
  const valid = checked ? checked.rows - checked.refused : 0;
  const commit = () => {
    if (!checked) return;
    if (checked.refused === 0) send.mutate({ dryRun: false, mode: 'all-or-nothing' });
    else
      modal.confirm({
        title: t('transfer.import.importValid', { count: valid }),
        content: t('transfer.import.confirmPartial', { refused: checked.refused, valid }),
        onOk: () => send.mutateAsync({ dryRun: false, mode: 'valid-only' }),
      });
  };

  return (
    <PageContainer title={t(spec.title)} subtitle={t('transfer.import.intro')} extra={<LinkButton to={spec.back}>{t('transfer.import.backTo')}</LinkButton>}>
      {done ? (
        <Card>
          <Flex vertical gap={16}>
            <ImportReport report={done} linkOf={spec.linkOf} />
            <Flex gap={8}>
              <Button type="primary" onClick={reset}>{t('transfer.import.again')}</Button>
              <LinkButton to={spec.back}>{t('transfer.import.backTo')}</LinkButton>
            </Flex>
          </Flex>
        </Card>
      ) : (
        <Card>
          <Flex vertical gap={20}>
            <Step n={1} title={t('transfer.import.step1')}>
              <div>
                <Button icon={<DownloadOutlined />} onClick={() => void downloadFromApi(`${spec.api}/import-template.xlsx`, { lang: currentLanguage() }, 'template.xlsx')}>
                  {t('transfer.import.template')}
                </Button>
              </div>
            </Step>
            <Step n={2} title={t('transfer.import.step2')}>
              <Flex gap={12} align="center" wrap>
                <Upload accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" showUploadList={false} beforeUpload={choose} maxCount={1}>
                  <Button icon={<UploadOutlined />}>{t('transfer.import.choose')}</Button>
                </Upload>
                {file && (
                  <Typography.Text data-testid="import-file">
                    <FileExcelOutlined style={{ color: '#217346' }} /> {t('transfer.import.chosen', { name: file.name })}
                  </Typography.Text>
                )}
              </Flex>
            </Step>
            <Step n={3} title={t('transfer.import.step3')}>
              <div>
                <Button type={checked ? 'default' : 'primary'} icon={<CheckCircleOutlined />} disabled={!file} loading={send.isPending && !checked} onClick={() => send.mutate({ dryRun: true, mode: 'all-or-nothing' })}>
                  {send.isPending && !checked ? t('transfer.import.checking') : t('transfer.import.check')}
                </Button>
              </div>
              {checked && (
                <Flex vertical gap={12}>
                  <ImportReport report={checked} />
                  {valid === 0 ? (
                    <Typography.Text type="danger">{t('transfer.import.nothingValid')}</Typography.Text>
                  ) : (
                    <div>
                      <Button type="primary" loading={send.isPending} onClick={commit} data-testid="import-commit">
                        {checked.refused === 0 ? t('transfer.import.importAll', { count: valid }) : t('transfer.import.importValid', { count: valid })}
                      </Button>
                    </div>
                  )}
                </Flex>
              )}
            </Step>
          </Flex>
        </Card>
      )}
    </PageContainer>
  );
}

export const EnterpriseImportPage = () => <WorkbookImportPage target="enterprises" />;
export const SensorImportPage = () => <WorkbookImportPage target="sensors" />;
export const LawArticleImportPage = () => <WorkbookImportPage target="lawArticles" />;
