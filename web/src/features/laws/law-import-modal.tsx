import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Table, Tag, Typography, Upload, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/api-error-text.ts';
import type { LawImportReport } from '../../../../core/laws/law.schema.ts';
import { useLawImport } from './use-laws.query.ts';
import './laws.texts.ts';

type Result = LawImportReport['results'][number];

/**
 * The administrator's import of acts as JSON (POST /laws/import): the file is checked first (dryRun: every act's
 * result), then imported; the server writes nothing if one act is refused.
 */
export function LawImportButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [laws, setLaws] = useState<unknown[] | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [report, setReport] = useState<LawImportReport | null>(null);
  const mutation = useLawImport();

  const reset = () => {
    setLaws(null);
    setReport(null);
    setFileError(null);
    mutation.reset();
  };
  const read = async (file: File) => {
    reset();
    try {
      const parsed = JSON.parse(await file.text()) as { laws?: unknown };
      if (!Array.isArray(parsed.laws)) throw new Error('no laws');
      setLaws(parsed.laws);
    } catch {
      setFileError(t('laws.import.notJson'));
    }
  };
  const run = (dryRun: boolean) => {
    if (laws) mutation.mutate({ laws, dryRun }, { onSuccess: setReport });
  };

  const columns: TableProps<Result>['columns'] = [
    { title: t('laws.import.row'), dataIndex: 'row', width: 60 },
    { title: 'id', dataIndex: 'id', width: 200, render: (v: string | null) => v ?? '—' },
    { title: t('laws.import.outcome'), dataIndex: 'outcome', width: 90, render: (v: Result['outcome']) => <Tag color={v === 'refused' ? 'red' : 'green'}>{t(`laws.import.outcomes.${v}`)}</Tag> },
    { title: t('laws.import.problems'), dataIndex: 'problems', render: (v: Result['problems']) => v.map((p, i) => <div key={i}>{p.path ? `${p.path}: ` : ''}{p.message}</div>) },
  ];
  const valid = report ? report.rows - report.refused : 0;

  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>{t('laws.import.button')}</Button>
      <Modal open={open} title={t('laws.import.title')} width={760} footer={null} onCancel={() => { setOpen(false); reset(); }} destroyOnHidden>
        <Flex vertical gap={12}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('laws.import.hint')}</Typography.Paragraph>
          <Upload accept=".json,application/json" maxCount={1} showUploadList={false} beforeUpload={(file) => { void read(file); return false; }}>
            <Button icon={<UploadOutlined />}>{t('laws.import.choose')}</Button>
          </Upload>
          {fileError && <Alert type="error" showIcon title={fileError} />}
          {mutation.isError && <Alert type="error" showIcon title={apiErrorText(t, mutation.error)} />}
          {report && (
            <Alert
              type={report.refused > 0 ? 'warning' : 'success'}
              showIcon
              title={report.dryRun ? t('laws.import.checked', { rows: report.rows, valid, refused: report.refused }) : t('laws.import.done', { count: report.imported })}
            />
          )}
          {report && <Table<Result> rowKey="row" size="small" columns={columns} dataSource={report.results} pagination={false} scroll={{ y: 320 }} />}
          <Flex gap={8} justify="flex-end">
            <Button disabled={!laws} loading={mutation.isPending && mutation.variables?.dryRun} onClick={() => run(true)}>{t('laws.import.check')}</Button>
            <Button type="primary" disabled={!report?.dryRun || report.refused > 0} loading={mutation.isPending && !mutation.variables?.dryRun} onClick={() => run(false)}>{t('laws.import.run')}</Button>
          </Flex>
        </Flex>
      </Modal>
    </>
  );
}
