import { Grid, type DescriptionsProps } from 'antd';

/**
 * Label beside value on a wide screen; on a phone, label above value, so a value is not squeezed into what a
 * fixed label column leaves of 360 px.
 */
export function useDescriptionsLayout(labelWidth: number, columns: 1 | 2 = 2): DescriptionsProps {
  const screens = Grid.useBreakpoint();
  if (screens.sm === false) return { layout: 'vertical', bordered: true, size: 'small', column: 1 };
  return {
    bordered: true,
    size: 'middle',
    column: columns === 1 ? 1 : { xs: 1, md: 2 },
    styles: { label: { width: labelWidth } },
  };
}

/** Small cards on a phone: less padding around content that is already narrow. */
export function useCardSize(): 'small' | undefined {
  return Grid.useBreakpoint().sm === false ? 'small' : undefined;
}
