import { Tag, Tooltip, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildIndustryTree, filterTreeOption } from '../organisations/classification-tree.ts';
import { useIndustries } from '../organisations/use-industries.query.ts';
import type { ChecklistPhrasing } from './checklist-answers.ts';
import './checklist-answers.texts.ts';
import './checklists.texts.ts';
import type { Checklist } from './investigation.types.ts';

/** Every GB/T 4754 section: a scope of all of them reads "all industries". */
const ALL_SECTIONS = 'ABCDEFGHIJKLMNOPQRST';

export function ChecklistKindTag({ builtIn }: { builtIn: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag color={builtIn ? 'blue' : 'default'} style={{ marginInlineEnd: 0 }}>
      {t(builtIn ? 'checklists.kinds.built_in' : 'checklists.kinds.custom')}
    </Tag>
  );
}

export function ChecklistStatusTags({ checklist }: { checklist: Pick<Checklist, 'retiredAt' | 'inUse'> }) {
  const { t } = useTranslation();
  return (
    <>
      {checklist.retiredAt && <Tag color="default" style={{ marginInlineEnd: 0 }}>{t('checklists.status.retired')}</Tag>}
      {checklist.inUse && !checklist.retiredAt && <Tag color="processing" style={{ marginInlineEnd: 0 }}>{t('checklists.status.inUse')}</Tag>}
    </>
  );
}

/** 问题项 / 要求项, with what it means for the answer on hover. */
export function PhrasingTag({ phrasing }: { phrasing: ChecklistPhrasing }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`checklistAnswers.phrasingHelp.${phrasing}`)}>
      <Tag color={phrasing === 'violation' ? 'orange' : 'cyan'} style={{ marginInlineEnd: 0 }} data-phrasing={phrasing}>
        {t(`checklistAnswers.phrasing.${phrasing}`)}
      </Tag>
    </Tooltip>
  );
}

/** A scope as industry names: "全部行业", a few names, or the first and how many more. */
export function IndustryScopeText({ scope, max = 2 }: { scope: readonly string[]; max?: number }) {
  const { t } = useTranslation();
  const industries = useIndustries();
  const names = useMemo(() => new Map((industries.data ?? []).map((i) => [i.code, i.name])), [industries.data]);
  if ([...ALL_SECTIONS].every((s) => scope.includes(s))) return <>{t('checklists.allIndustries')}</>;
  const label = (code: string) => `${code} ${names.get(code) ?? ''}`.trim();
  const full = scope.map(label).join('、');
  if (scope.length <= max) return <>{full}</>;
  return (
    <Tooltip title={full}>
      <span>{t('checklists.industryCount', { first: scope.slice(0, max).map(label).join('、'), count: scope.length - max })}</span>
    </Tooltip>
  );
}

interface IndustryScopeSelectProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  placeholder?: string;
}

/** Several GB/T 4754 codes of any level; a chosen code covers every code below it. */
export function IndustryScopeSelect({ id, value, onChange, placeholder }: IndustryScopeSelectProps) {
  const industries = useIndustries();
  const treeData = useMemo(() => buildIndustryTree(industries.data ?? []), [industries.data]);
  return (
    <TreeSelect
      id={id}
      multiple
      allowClear
      value={value}
      onChange={(next: string[]) => onChange?.(next)}
      treeData={treeData}
      fieldNames={{ label: 'title', value: 'value', children: 'children' }}
      loading={industries.isPending}
      showSearch={{ filterTreeNode: filterTreeOption }}
      placeholder={placeholder}
      popupMatchSelectWidth={440}
      listHeight={360}
      maxTagCount="responsive"
    />
  );
}
