import { DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cityWallClock, formatCityTime } from '../hazards/hazard-time.ts';
import { statisticalReportXlsxUrl, useStatisticalReport } from './use-statistics.query.ts';
import { apiErrorText } from '../../app/api-error-text.ts';

/** The last four quarters that have ended, then this year and the last: `2026-Q3`, …, `2026`, `2025`. */
function periodOptions(): string[] {
  const today = cityWallClock();
  const year = today.year();
  const quarter = Math.floor(today.month() / 3) + 1;
  const quarters: string[] = [];
  let y = year;
  let q = quarter - 1;
  for (let i = 0; i < 4; i += 1) {
    if (q === 0) {
      y -= 1;
      q = 4;
    }
    quarters.push(`${y}-Q${q}`);
    q -= 1;
  }
  return [...quarters, String(year), String(year - 1)];
}

/** 隐患统计表 (16号令 Art. 14): pick a quarter or a year, view the figures or download the .xlsx to sign. */
export function StatisticalReportCard({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const options = useMemo(periodOptions, []);
  const [period, setPeriod] = useState(options[0] ?? '');
  const [shown, setShown] = useState(false);
  const report = useStatisticalReport(enterpriseId, period, shown);
  const label = (value: string) =>
    value.includes('-Q')
      ? t('statistics.report.quarter', { year: value.slice(0, 4), quarter: value.slice(6) })
      : t('statistics.report.year', { year: value });

  return (
    <Card title={t('statistics.report.title')} data-testid="statistical-report-card">
      <Flex gap={8} wrap>
        <Select
          value={period}
          onChange={(value: string) => setPeriod(value)}
          options={options.map((value) => ({ value, label: label(value) }))}
          aria-label={t('statistics.report.period')}
          style={{ width: 160 }}
        />
        <Button icon={<EyeOutlined />} onClick={() => setShown(true)}>
          {t('statistics.report.view')}
        </Button>
        <Button icon={<DownloadOutlined />} href={statisticalReportXlsxUrl(enterpriseId, period)} download>
          {t('statistics.report.download')}
        </Button>
      </Flex>
      {shown && report.isError && (
        <Alert type="error" showIcon style={{ marginTop: 12 }} title={apiErrorText(t, report.error)} />
      )}
      {shown && report.data && (
        <Descriptions
          style={{ marginTop: 12 }}
          size="small"
          bordered
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'period', label: t('statistics.report.periodLabel'), children: label(period) },
            { key: 'dueAt', label: t('statistics.report.dueAt'), children: formatCityTime(report.data.dueAt).slice(0, 10) },
            { key: 'tasks', label: t('statistics.columns.tasks'), children: `${report.data.tasksDone} / ${report.data.tasksDue}` },
            { key: 'general', label: t('statistics.report.general'), children: `${report.data.generalClosed} / ${report.data.generalFound}` },
            { key: 'major', label: t('statistics.report.major'), children: `${report.data.majorClosed} / ${report.data.majorFound}` },
            { key: 'onTime', label: t('statistics.report.closedOnTime'), children: report.data.closedOnTime },
            { key: 'funds', label: t('statistics.report.funds'), children: t('statistics.report.yuan', { value: report.data.rectificationFundsYuan.toLocaleString() }) },
            { key: 'listed', label: t('statistics.report.listed'), children: report.data.majorListedForSupervision },
            { key: 'open', label: t('statistics.report.openAtEnd'), children: report.data.openAtEnd },
          ]}
        />
      )}
    </Card>
  );
}
