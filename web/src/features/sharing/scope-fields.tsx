import { Form, Select, TreeSelect } from 'antd';
import { useMemo, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { buildIndustryTree, filterTreeOption } from '../organisations/classification-tree.ts';
import { useIndustries } from '../organisations/use-industries.query.ts';
import { useRegions, type Region } from '../organisations/use-regions.query.ts';
import { useEnterpriseOptions } from '../admin/use-admin.queries.ts';
import './sharing.texts.ts';

/** The city and its districts, as a department's scope offers them (a street is rarely a partner's unit). */
export function useDistrictOptions() {
  const regions = useRegions();
  const city = regions.data?.[0];
  const options = city ? [{ value: city.code, label: city.name }, ...(city.children ?? []).map((d) => ({ value: d.code, label: d.name }))] : [];
  return { options, loading: regions.isPending };
}

/** Region and industry names by code, for scope summaries in lists. */
export function useScopeNames() {
  const regions = useRegions();
  const industries = useIndustries();
  return useMemo(() => {
    const names = new Map<string, string>();
    const visit = (nodes: readonly Region[]) => {
      for (const n of nodes) {
        names.set(n.code, n.name);
        if (n.children) visit(n.children);
      }
    };
    visit(regions.data ?? []);
    const industryNames = new Map((industries.data ?? []).map((i) => [i.code, i.name]));
    return { region: (code: string) => names.get(code) ?? code, industry: (code: string) => industryNames.get(code) ?? code };
  }, [regions.data, industries.data]);
}

interface CodesFieldProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  placeholder?: string;
  'aria-label'?: string;
}

/** Districts (the city for all of it), several at once. */
export function DistrictsSelect(props: CodesFieldProps) {
  const { options, loading } = useDistrictOptions();
  return <Select mode="multiple" allowClear showSearch={{ optionFilterProp: 'label' }} loading={loading} options={options} {...props} />;
}

/** GB/T 4754 industries, several at once: ticking a section or division stands for everything below it. */
export function IndustriesSelect({ value, onChange, ...props }: CodesFieldProps) {
  const industries = useIndustries();
  const treeData = useMemo(() => buildIndustryTree(industries.data ?? []), [industries.data]);
  return (
    <TreeSelect
      {...props}
      value={value ?? []}
      onChange={(next: string[]) => onChange?.(next)}
      treeData={treeData}
      fieldNames={{ label: 'title', value: 'value', children: 'children' }}
      treeCheckable
      showCheckedStrategy={TreeSelect.SHOW_PARENT}
      allowClear
      maxTagCount={6}
      loading={industries.isPending}
      showSearch={{ filterTreeNode: filterTreeOption }}
      popupMatchSelectWidth={480}
      listHeight={360}
    />
  );
}

/** One enterprise, found by name. */
export function EnterpriseSelect({ value, onChange, ...props }: { id?: string; value?: string | null; onChange?: (value: string | null) => void; placeholder?: string; style?: CSSProperties; 'aria-label'?: string }) {
  const [q, setQ] = useState('');
  const options = useEnterpriseOptions(q, value);
  return (
    <Select
      {...props}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      options={options.data ?? []}
      loading={options.isFetching}
    />
  );
}

/** The scope of a webhook: districts, industries and one enterprise, each optional (empty: no restriction). */
export function WebhookScopeFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="regionCodes" label={t('sharing.scope.regions')}>
        <DistrictsSelect placeholder={t('sharing.scope.wholeCity')} />
      </Form.Item>
      <Form.Item name="industryCodes" label={t('sharing.scope.industries')} extra={t('sharing.scope.industriesHelp')}>
        <IndustriesSelect placeholder={t('sharing.scope.allIndustries')} />
      </Form.Item>
      <Form.Item name="enterpriseId" label={t('sharing.scope.enterprise')}>
        <EnterpriseSelect placeholder={t('sharing.scope.anyEnterprise')} />
      </Form.Item>
    </>
  );
}
