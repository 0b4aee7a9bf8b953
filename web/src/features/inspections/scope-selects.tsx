import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { buildIndustryTree, buildRegionTree, filterTreeOption } from '../organisations/classification-tree.ts';
import { useIndustries } from '../organisations/use-industries.query.ts';
import { useRegions } from '../organisations/use-regions.query.ts';

/**
 * A draw's scope chosen by name (issue 13): districts and streets from the city's region tree, industries from
 * GB/T 4754 — several of each, searched by name or code as one types. The API still receives codes.
 */

interface MultiProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  placeholder?: string;
  'aria-label'?: string;
}

const FIELD_NAMES = { label: 'title', value: 'value', children: 'children' };

export function RegionMultiSelect({ value, onChange, ...props }: MultiProps) {
  const regions = useRegions();
  const treeData = useMemo(() => buildRegionTree(regions.data ?? [], { onlyDistrictOrStreet: true }), [regions.data]);
  const topCodes = useMemo(() => treeData.map((node) => node.value), [treeData]);
  return (
    <TreeSelect
      {...props}
      multiple
      value={value ?? []}
      onChange={(next: string[]) => onChange?.(next)}
      treeData={treeData}
      fieldNames={FIELD_NAMES}
      treeNodeLabelProp="label"
      loading={regions.isPending}
      showSearch={{ filterTreeNode: filterTreeOption }}
      treeDefaultExpandedKeys={topCodes}
      allowClear
      maxTagCount="responsive"
      popupMatchSelectWidth={300}
      listHeight={360}
      style={{ width: '100%' }}
    />
  );
}

export function IndustryMultiSelect({ value, onChange, ...props }: MultiProps) {
  const industries = useIndustries();
  const treeData = useMemo(() => buildIndustryTree(industries.data ?? []), [industries.data]);
  return (
    <TreeSelect
      {...props}
      multiple
      value={value ?? []}
      onChange={(next: string[]) => onChange?.(next)}
      treeData={treeData}
      fieldNames={FIELD_NAMES}
      loading={industries.isPending}
      showSearch={{ filterTreeNode: filterTreeOption }}
      allowClear
      maxTagCount="responsive"
      popupMatchSelectWidth={440}
      listHeight={360}
      style={{ width: '100%' }}
    />
  );
}
