import { randomUUID } from 'node:crypto';
import type { Insertable, Transaction } from 'kysely';
import type { SubstanceInput } from '../../core/major-hazards/substances.ts';
import { DEFAULT_RISK_LEVELS } from '../../core/risks/risk-evaluation.ts';
import type { RiskPointCreate } from '../../core/risks/risk-point.schema.ts';
import { addCivilDays, cityDateOf } from '../../core/shared/city-time.ts';
import { formatCivilDate } from '../../core/hazards/plan-window.ts';
import { recordAudit, type AuditActor } from '../audit/audit.service.ts';
import type { Database, MajorHazardSourcesTable, RiskPointsTable } from '../db/schema.ts';
import { assessedColumns } from '../major-hazards/major-hazard-source.service.ts';
import { fieldColumns, gradedColumns } from '../risks/risk-point.service.ts';
import { createPrng } from './prng.ts';

type Template = Omit<RiskPointCreate, 'enterpriseId' | 'reviewDate' | 'responsiblePerson'>;
type SeededEnterprise = { id: string; industry_code: string; key_industries?: string[]; high_risk?: boolean };

const lec = (l: number, e: number, c: number) => ({ method: 'lec' as const, l, e, c });
const ls = (l: number, s: number) => ({ method: 'ls' as const, l, s });

/** Risk points a chemical plant typically registers (graded with the defaults: red, orange, yellow, blue). */
const CHEMICAL: Template[] = [
  { name: '液氨储罐区', location: '罐区东侧', objectKind: 'equipment', object: '液氨储罐 V-101/V-102', hazardFactors: [{ class: 'physical', description: '储罐、管线泄漏，中毒、火灾爆炸' }], evaluation: lec(3, 10, 15), controlMeasures: [{ kind: 'engineering', content: '设置有毒气体检测报警装置并联锁紧急切断阀', checkItem: '有毒气体报警装置完好、在检定有效期内，紧急切断阀可正常关闭' }, { kind: 'emergency', content: '配备正压式空气呼吸器和应急喷淋', checkItem: '空气呼吸器气压正常、应急喷淋可用' }], controlLevel: 'company' },
  { name: '氯化反应釜', location: '一车间二层', objectKind: 'equipment', object: '氯化反应釜 R-201', hazardFactors: [{ class: 'physical', description: '反应失控超温超压' }, { class: 'human', description: '误操作投料' }], evaluation: lec(1, 6, 40), controlMeasures: [{ kind: 'engineering', content: '温度、压力与进料联锁，设置SIS', checkItem: 'SIS联锁投用，无擅自摘除' }, { kind: 'management', content: '执行操作规程双人确认投料', checkItem: '投料记录有双人签字' }], controlLevel: 'workshop' },
  { name: '槽车装卸作业', location: '装卸站台', objectKind: 'activity', object: '液氨/液化气槽车装卸', hazardFactors: [{ class: 'human', description: '未连接静电接地、未固定车辆' }, { class: 'physical', description: '鹤管泄漏' }], evaluation: lec(3, 6, 7), controlMeasures: [{ kind: 'management', content: '装卸前检查静电接地和车辆止挡', checkItem: '静电接地报警器完好，装卸记录完整' }, { kind: 'ppe', content: '作业人员穿防静电服、戴防护面罩' }], controlLevel: 'team' },
  { name: '动火作业', location: '全厂', objectKind: 'activity', object: '检修动火作业', hazardFactors: [{ class: 'management', description: '未办理作业票、未分析可燃气体' }], evaluation: ls(3, 4), controlMeasures: [{ kind: 'management', content: '执行GB 30871特殊作业票证管理', checkItem: '动火作业票审批齐全，气体分析合格' }], controlLevel: 'team' },
  { name: '配电室', location: '综合楼一层', objectKind: 'equipment', object: '低压配电柜', hazardFactors: [{ class: 'environmental', description: '潮湿、小动物进入' }], evaluation: ls(2, 3), controlMeasures: [{ kind: 'engineering', content: '设置挡鼠板，保持通风干燥' }], controlLevel: 'post' },
];

const CONSTRUCTION: Template[] = [
  { name: '深基坑', location: '1号楼基坑', objectKind: 'equipment', object: '深基坑支护', hazardFactors: [{ class: 'environmental', description: '降雨导致边坡失稳坍塌' }], evaluation: ls(4, 5), controlMeasures: [{ kind: 'engineering', content: '按专项方案支护并实施基坑监测', checkItem: '基坑监测数据未超预警值' }], controlLevel: 'company' },
  { name: '塔式起重机', location: '施工现场北侧', objectKind: 'equipment', object: 'QTZ80塔吊', hazardFactors: [{ class: 'physical', description: '限位装置失效' }, { class: 'human', description: '无证指挥' }], evaluation: lec(1, 6, 40), controlMeasures: [{ kind: 'management', content: '司机、信号工持证上岗', checkItem: '特种作业人员证书有效' }], controlLevel: 'workshop' },
  { name: '高处作业', location: '主体结构外架', objectKind: 'activity', object: '外脚手架作业', hazardFactors: [{ class: 'human', description: '未系安全带' }], evaluation: lec(3, 6, 3), controlMeasures: [{ kind: 'ppe', content: '系挂安全带、设置安全平网', checkItem: '作业人员安全带系挂正确' }], controlLevel: 'team' },
  { name: '临时用电', location: '施工现场', objectKind: 'equipment', object: '二级配电箱', hazardFactors: [{ class: 'physical', description: '漏电保护器失效' }], evaluation: ls(2, 4), controlMeasures: [{ kind: 'engineering', content: '三级配电两级保护', checkItem: '漏电保护器试跳有效' }], controlLevel: 'post' },
];

const GENERAL: Template[] = [
  { name: '有限空间作业', location: '污水池', objectKind: 'activity', object: '污水池清淤', hazardFactors: [{ class: 'environmental', description: '硫化氢积聚' }], evaluation: lec(1, 3, 40), controlMeasures: [{ kind: 'management', content: '先通风、再检测、后作业', checkItem: '有限空间作业审批和气体检测记录齐全' }], controlLevel: 'workshop' },
  { name: '叉车作业', location: '成品仓库', objectKind: 'activity', object: '叉车搬运', hazardFactors: [{ class: 'human', description: '超速、视线受阻' }], evaluation: ls(3, 3), controlMeasures: [{ kind: 'training', content: '叉车司机持证，厂内限速5 km/h' }], controlLevel: 'team' },
  { name: '配电室', location: '厂区配电房', objectKind: 'equipment', object: '配电柜', hazardFactors: [{ class: 'physical', description: '绝缘老化' }], evaluation: ls(1, 4), controlMeasures: [{ kind: 'engineering', content: '定期绝缘检测' }], controlLevel: 'post' },
];

const SOURCES: { name: string; unitKind: 'production' | 'storage'; exposedPopulation: number; substances: SubstanceInput[] }[] = [
  { name: '液氨罐区', unitKind: 'storage', exposedPopulation: 120, substances: [{ name: '液氨', quantityTonnes: 60 }] },
  { name: '液化气球罐区', unitKind: 'storage', exposedPopulation: 35, substances: [{ name: '液化石油气', quantityTonnes: 400 }] },
  { name: '氯碱装置', unitKind: 'production', exposedPopulation: 60, substances: [{ name: '液氯', quantityTonnes: 12 }, { name: '氢', quantityTonnes: 1.5 }] },
  { name: '溶剂库', unitKind: 'storage', exposedPopulation: 8, substances: [{ name: '甲醇', category: 'W5.3', quantityTonnes: 300 }, { name: '甲苯', category: 'W5.3', quantityTonnes: 150 }, { name: '乙酸乙酯', category: 'W5.3', quantityTonnes: 100 }] },
  { name: '甲醇中间罐', unitKind: 'storage', exposedPopulation: 0, substances: [{ name: '甲醇', category: 'W5.3', quantityTonnes: 200 }] },
];

/** What each 包保责任人's demo check covered. */
const DEMO_CHECK_ITEMS = {
  principal: ['包保责任制及安全生产规章制度落实情况', '重大隐患排查治理情况'],
  technical: ['安全监测监控系统运行情况', '安全仪表系统（SIS）、紧急切断装置投用情况'],
  operational: ['各岗位执行操作规程情况', '储罐、管线、阀门有无泄漏', '可燃/有毒气体报警器完好情况'],
} as const;

const PEOPLE = ['张建国', '李明', '王芳', '刘洋', '陈刚', '杨帆', '赵敏', '黄磊', '周杰', '吴霞'];

function templatesFor(industryCode: string): Template[] | undefined {
  if (/^2[5-9]/.test(industryCode)) return CHEMICAL;
  if (/^4[7-9]|^50/.test(industryCode)) return CONSTRUCTION;
  if (/^(1[3-9]|2[0-4]|3\d|4[0-3])/.test(industryCode)) return GENERAL;
  return undefined;
}

/**
 * The demo city's risk points (about two thirds of its manufacturing, chemical and construction enterprises, the
 * chemical plant of the `enterprise` account always) and major hazard sources (its chemical plants, the first
 * always), deterministic, graded and assessed by the same rules as the API.
 */
export async function seedDemoRisks(tx: Transaction<Database>, enterprises: readonly SeededEnterprise[], actor: AuditActor, now: Date) {
  const prng = createPrng(20_261_201);
  const today = cityDateOf(now);
  const points: Array<Insertable<RiskPointsTable> & { id: string }> = [];
  const sources: Array<Insertable<MajorHazardSourcesTable> & { id: string }> = [];
  let chemicalPlants = 0;
  enterprises.forEach((e, index) => {
    const templates = templatesFor(e.industry_code);
    if (!templates || (index > 0 && prng.next() < 0.35)) return;
    for (const template of templates) {
      if (index > 0 && prng.next() < 0.3) continue;
      const { evaluation, ...fields } = template;
      // Some reviews already passed, so the register shows overdue ones.
      const reviewDate = formatCivilDate(addCivilDays(today, prng.int(-40, 330)));
      points.push({
        id: randomUUID(),
        enterprise_id: e.id,
        ...(fieldColumns({ ...fields, responsiblePerson: prng.pick(PEOPLE), reviewDate }) as Omit<Insertable<RiskPointsTable>, 'enterprise_id' | 'method' | 'evaluation' | 'score' | 'level'>),
        ...gradedColumns(evaluation, DEFAULT_RISK_LEVELS),
      });
    }
    if (templates === CHEMICAL && chemicalPlants < 12) {
      const picked = index === 0 ? SOURCES.slice(0, 3) : [prng.pick(SOURCES)];
      chemicalPlants += 1;
      for (const s of picked) {
        const checked = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
        sources.push({
          id: randomUUID(),
          enterprise_id: e.id,
          name: s.name,
          unit_kind: s.unitKind,
          sensor_codes: [],
          responsible_persons: JSON.stringify({
            principal: { name: prng.pick(PEOPLE), lastCheckedAt: checked(prng.int(10, 120)) },
            technical: { name: prng.pick(PEOPLE), lastCheckedAt: checked(prng.int(3, 40)) },
            operational: { name: prng.pick(PEOPLE), lastCheckedAt: checked(prng.int(0, 9)) },
          }),
          ...assessedColumns({ exposedPopulation: s.exposedPopulation, substances: s.substances }),
        });
      }
    }
  });
  for (let i = 0; i < points.length; i += 500) await tx.insertInto('risk_points').values(points.slice(i, i + 500)).execute();
  if (sources.length > 0) await tx.insertInto('major_hazard_sources').values(sources).execute();
  // Each role's last check on record, so that a source's check list agrees with its "last checked".
  const checks = sources.flatMap((source) =>
    Object.entries(JSON.parse(source.responsible_persons as string) as Record<keyof typeof DEMO_CHECK_ITEMS, { name: string; lastCheckedAt: string }>).map(([role, g]) => ({
      source_id: source.id,
      role,
      checker: g.name,
      checked_at: g.lastCheckedAt,
      items: JSON.stringify(DEMO_CHECK_ITEMS[role as keyof typeof DEMO_CHECK_ITEMS]),
      recorded_by_name: actor.name,
    })),
  );
  if (checks.length > 0) await tx.insertInto('major_hazard_checks').values(checks).execute();
  await recordAudit(tx, actor, [
    ...points.map((p) => ({ action: 'create', entity: 'risk_point', entityId: p.id, after: { name: p.name, level: p.level } })),
    ...sources.map((s) => ({ action: 'create', entity: 'major_hazard_source', entityId: s.id, after: { name: s.name, level: s.level } })),
  ]);
  return { riskPoints: points.length, sources: sources.length };
}
