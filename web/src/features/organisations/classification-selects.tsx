import { TreeSelect } from 'antd';
import { useMemo, type CSSProperties } from 'react';
import { buildIndustryTree, buildRegionTree, filterTreeOption } from './classification-tree.ts';
import { useIndustries } from './use-industries.query.ts';
import { useRegions } from './use-regions.query.ts';

interface TreeFieldProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
}

const TREE_FIELD_NAMES = { label: 'title', value: 'value', children: 'children' };

/** Region tree (city → district → street); `districtOrStreet` restricts the choice as the API does. */
export function RegionTreeSelect({
  districtOrStreet = false,
  value,
  onChange,
  ...props
}: TreeFieldProps & { districtOrStreet?: boolean }) {
  const regions = useRegions();
  const treeData = useMemo(
    () => buildRegionTree(regions.data ?? [], { onlyDistrictOrStreet: districtOrStreet }),
    [regions.data, districtOrStreet],
  );
  const topCodes = useMemo(() => treeData.map((node) => node.value), [treeData]);
  return (
    <TreeSelect
      {...props}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next)}
      treeData={treeData}
      fieldNames={TREE_FIELD_NAMES}
      treeNodeLabelProp="label"
      loading={regions.isPending}
      showSearch={{ filterTreeNode: filterTreeOption }}
      treeDefaultExpandedKeys={topCodes}
      popupMatchSelectWidth={300}
      listHeight={360}
    />
  );
}

/** GB/T 4754-2017 industry tree, built once per session from the flat list (about 1,970 rows). */
export function IndustryTreeSelect({ value, onChange, ...props }: TreeFieldProps) {
  const industries = useIndustries();
  const treeData = useMemo(() => buildIndustryTree(industries.data ?? []), [industries.data]);
  return (
    <TreeSelect
      {...props}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next)}
      treeData={treeData}
      fieldNames={TREE_FIELD_NAMES}
      loading={industries.isPending}
      showSearch={{ filterTreeNode: filterTreeOption }}
      popupMatchSelectWidth={440}
      listHeight={360}
    />
  );
}
