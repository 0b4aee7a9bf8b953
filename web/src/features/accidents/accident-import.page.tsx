import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { apiErrorText, fieldErrorText } from '../../app/api-error-text.ts';
import { can } from '../../app/permissions.ts';
import { Alert, Button, Card, Collapse, Flex, Form, Input, Popconfirm, Result, Steps, Typography, Upload } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatWanYuan } from '../../../../core/shared/money.ts';
import { isApiError } from '../../app/api-client.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { ForbiddenPage } from '../../app/forbidden.page.tsx';
import { MAX_IMPORT_FILE_MB, readImportFile, type ImportFile } from '../../app/import/import-file.ts';
import { ImportReport, type ImportRecordColumn } from '../../app/import/import-report.tsx';
import { LinkButton } from '../../app/link-button.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { formatCityTime } from '../hazards/hazard-time.ts';
import { IndustryName } from '../organisations/industry-name.tsx';
import { useDistrictName } from '../organisations/use-regions.query.ts';
import './accident-screens.texts.ts';
import type { AccidentImportReport, ImportedAccident } from './accident.types.ts';
import { AccidentGradeTag } from './accident-tags.tsx';
import { useImportAccidents } from './use-accidents.query.ts';

/** The columns an import reads, as the export writes them (server/accidents/accident-export.ts). */
const TEMPLATE = [
  'occurredAt,knownAt,regionCode,industryCode,category,deaths,missing,seriousInjuries,minorInjuries,directLossYuan,isRoadTraffic,isFire,description',
  '2025-03-01T08:30:00+08:00,2025-03-01T08:45:00+08:00,510104,2614,19,1,0,0,2,1200000,否,否,储罐清洗作业中发生中毒窒息',
].join('\r\n');
// With a BOM, Excel opens the UTF-8 template with its Chinese intact.
const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${TEMPLATE}\r\n`)}`;

/** An issue's path as the report form names the field. */
const FIELD_KEYS: Record<string, string> = { regionCode: 'region', industryCode: 'industry' };
function fieldLabelOf(t: TFunction) {
  return (path: string) => {
    const key = FIELD_KEYS[path] ?? path;
    return t(`accidents.fields.${key}` as 'accidents.fields.deaths', { defaultValue: path });
  };
}

function useRecordColumns(showNumber: boolean): ImportRecordColumn<ImportedAccident>[] {
  const { t, i18n } = useTranslation();
  const districtName = useDistrictName();
  return [
    ...(showNumber ? [{ key: 'number', title: t('accidentScreens.number'), width: 130, render: (r: ImportedAccident) => (r.id ? <Link to={`/accidents/${r.id}`}>{r.number}</Link> : r.number) }] : []),
    { key: 'occurredAt', title: t('accidents.fields.occurredAt'), width: 136, render: (r) => formatCityTime(r.occurredAt) },
    { key: 'region', title: t('accidents.fields.region'), width: 96, render: (r) => districtName(r.regionCode) ?? r.regionCode },
    { key: 'industry', title: t('accidents.fields.industry'), width: 160, render: (r) => <IndustryName code={r.industryCode} /> },
    { key: 'category', title: t('accidents.fields.category'), width: 100, render: (r) => t(`accidents.category.${r.category}`) },
    { key: 'grade', title: t('accidents.fields.grade'), width: 84, render: (r) => <AccidentGradeTag grade={r.grade} /> },
    { key: 'deaths', title: t('accidents.fields.deaths'), width: 60, align: 'right', render: (r) => r.deaths },
    { key: 'serious', title: t('accidents.fields.seriousInjuries'), width: 60, align: 'right', render: (r) => r.seriousInjuries },
    { key: 'loss', title: t('accidents.fields.directLossYuan'), width: 110, align: 'right', render: (r) => formatWanYuan(r.directLossYuan, i18n.language) },
    { key: 'description', title: t('accidents.fields.description'), width: 260, render: (r) => <Typography.Text ellipsis={{ tooltip: r.description }} style={{ width: 244 }}>{r.description}</Typography.Text> },
  ];
}

type Problem = { title: string; lines: string[] };

/**
 * Accident import on a screen, as the API does it: choose a .xlsx or .csv file, check it (a dry run: each row
 * accepted or refused with its reasons), then confirm — the whole file when every row passes, or only the rows
 * that pass. Nothing is written before the confirmation.
 */
export function AccidentImportPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const importer = useImportAccidents();
  const [file, setFile] = useState<ImportFile | null>(null);
  const [mappingText, setMappingText] = useState('');
  const [mappingError, setMappingError] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [check, setCheck] = useState<AccidentImportReport | null>(null);
  const [result, setResult] = useState<AccidentImportReport | null>(null);
  const checkColumns = useRecordColumns(false);
  const resultColumns = useRecordColumns(true);
  if (!can(user, 'accidents.import')) return <ForbiddenPage />;

  const fieldLabel = fieldLabelOf(t);
  const reset = () => {
    setFile(null);
    setCheck(null);
    setResult(null);
    setProblem(null);
  };

  const choose = async (chosen: File) => {
    setProblem(null);
    setCheck(null);
    try {
      setFile(await readImportFile(chosen));
    } catch (error) {
      const key = (error as Error).message;
      const text = key === 'wrongType' || key === 'tooLarge' ? t(`importReport.file.${key}`, { mb: MAX_IMPORT_FILE_MB }) : t('importReport.file.unreadable', { reason: key });
      setFile(null);
      setProblem({ title: t('accidentScreens.import.fileProblem'), lines: [text] });
    }
  };

  const mapping = (): Record<string, unknown> | undefined | null => {
    if (!mappingText.trim()) return undefined;
    try {
      const parsed = JSON.parse(mappingText) as unknown;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    } catch {
      // falls through to the field's message
    }
    setMappingError(t('accidentScreens.import.mappingInvalid'));
    return null;
  };

  const send = (dryRun: boolean, mode: 'all-or-nothing' | 'valid-only') => {
    if (!file) return;
    const m = mapping();
    if (m === null) return;
    setMappingError(null);
    setProblem(null);
    importer.mutate(
      { file: { format: file.format, content: file.content, ...(m ? { mapping: m } : {}) }, dryRun, mode },
      {
        onSuccess: (report) => (dryRun ? setCheck(report) : setResult(report)),
        onError: (error) => {
          if (isApiError(error, 'VALIDATION_FAILED') && error.details.length > 0) {
            const onMapping = error.details.filter((d) => d.path.startsWith('mapping'));
            if (onMapping.length > 0) setMappingError(onMapping.map((d) => `${d.path}: ${fieldErrorText(t, d)}`).join('; '));
            setProblem({ title: t('accidentScreens.import.fileProblem'), lines: error.details.filter((d) => !d.path.startsWith('mapping')).map((d) => `${d.path}: ${fieldErrorText(t, d)}`) });
            return;
          }
          setProblem({ title: t('accidentScreens.import.fileProblem'), lines: [apiErrorText(t, error)] });
        },
      },
    );
  };

  const step = result ? 2 : check ? 1 : 0;
  // Once imported, every step is done.
  const current = result ? 3 : step;
  return (
    <PageContainer title={t('accidentScreens.import.title')} subtitle={t('accidentScreens.import.subtitle')}>
      <Card size="small">
        <Steps
          size="small"
          current={current}
          items={[{ title: t('accidentScreens.import.stepChoose') }, { title: t('accidentScreens.import.stepCheck') }, { title: t('accidentScreens.import.stepConfirm') }]}
        />
      </Card>
      {problem && (
        <Alert
          type="error"
          showIcon
          title={problem.title}
          description={problem.lines.length > 0 ? <ul style={{ margin: 0, paddingInlineStart: 18 }}>{problem.lines.map((line) => <li key={line}>{line}</li>)}</ul> : undefined}
          closable={{ onClose: () => setProblem(null) }}
        />
      )}

      {step === 0 && (
        <Card title={t('accidentScreens.import.stepChoose')}>
          <Flex vertical gap={16} style={{ maxWidth: 760 }}>
            <Upload.Dragger
              accept=".xlsx,.csv"
              multiple={false}
              showUploadList={false}
              beforeUpload={(chosen) => {
                void choose(chosen);
                return Upload.LIST_IGNORE;
              }}
              data-testid="import-file"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{file ? file.name : t('importReport.file.drop')}</p>
              <p className="ant-upload-hint">{t('importReport.file.hint', { mb: MAX_IMPORT_FILE_MB })}</p>
            </Upload.Dragger>
            <Collapse
              size="small"
              items={[
                {
                  key: 'columns',
                  label: t('accidentScreens.import.columnsTitle'),
                  children: (
                    <Flex vertical gap={8} align="flex-start">
                      <Typography.Paragraph style={{ margin: 0 }}>{t('accidentScreens.import.columnsHelp')}</Typography.Paragraph>
                      <Button icon={<DownloadOutlined />} href={TEMPLATE_HREF} download="事故导入模板.csv">
                        {t('accidentScreens.import.template')}
                      </Button>
                    </Flex>
                  ),
                },
                {
                  key: 'mapping',
                  label: t('accidentScreens.import.mapping'),
                  children: (
                    <Form layout="vertical">
                      <Form.Item validateStatus={mappingError ? 'error' : undefined} help={mappingError ?? t('accidentScreens.import.mappingHelp')} style={{ margin: 0 }}>
                        <Input.TextArea rows={5} value={mappingText} onChange={(e) => setMappingText(e.target.value)} spellCheck={false} style={{ fontFamily: 'monospace' }} aria-label={t('accidentScreens.import.mapping')} />
                      </Form.Item>
                    </Form>
                  ),
                },
              ]}
            />
            <Button type="primary" disabled={!file} loading={importer.isPending} onClick={() => send(true, 'all-or-nothing')} style={{ alignSelf: 'flex-start' }}>
              {t('accidentScreens.import.check')}
            </Button>
          </Flex>
        </Card>
      )}

      {step === 1 && check && (
        <Card
          title={`${t('accidentScreens.import.stepCheck')}${t('common.colon')}${file?.name ?? ''}`}
          extra={
            <Flex gap={8} wrap>
              <Button onClick={reset}>{t('accidentScreens.import.again')}</Button>
              {check.accepted > 0 && (
                <Popconfirm
                  title={
                    check.rejected === 0
                      ? t('accidentScreens.import.confirmAll', { count: check.accepted })
                      : t('accidentScreens.import.confirmValid', { count: check.accepted, refused: check.rejected })
                  }
                  onConfirm={() => send(false, check.rejected === 0 ? 'all-or-nothing' : 'valid-only')}
                >
                  <Button type="primary" loading={importer.isPending}>
                    {check.rejected === 0 ? t('accidentScreens.import.importAll', { count: check.accepted }) : t('accidentScreens.import.importValid', { count: check.accepted })}
                  </Button>
                </Popconfirm>
              )}
            </Flex>
          }
        >
          <ImportReport report={check} columns={checkColumns} fieldLabel={fieldLabel} />
        </Card>
      )}

      {step === 2 && result && (
        <Card>
          <Result
            status="success"
            title={t('accidentScreens.import.done', { count: result.imported })}
            subTitle={t('accidentScreens.import.doneText')}
            extra={[
              <LinkButton key="list" to="/accidents" type="primary">
                {t('accidentScreens.import.toList')}
              </LinkButton>,
              <Button key="again" onClick={reset}>
                {t('accidentScreens.import.another')}
              </Button>,
            ]}
          />
          <ImportReport report={result} columns={resultColumns} fieldLabel={fieldLabel} />
        </Card>
      )}
    </PageContainer>
  );
}
