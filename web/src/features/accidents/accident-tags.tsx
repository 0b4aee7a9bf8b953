import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { GRADE_COLORS, type AccidentGrade } from './accident.types.ts';

export function AccidentGradeTag({ grade }: { grade: AccidentGrade }) {
  const { t } = useTranslation();
  return <Tag color={GRADE_COLORS[grade]}>{t(`accidents.grade.${grade}`)}</Tag>;
}

/** 迟报 / 瞒报 / 谎报 marks of an accident. */
export function AccidentFlagTags({ late, concealed, falseReport }: { late: boolean | null; concealed: boolean; falseReport: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {late && <Tag color="warning">{t('accidents.late')}</Tag>}
      {concealed && <Tag color="error">{t('accidents.concealed')}</Tag>}
      {falseReport && <Tag color="error">{t('accidents.falseReport')}</Tag>}
    </>
  );
}
