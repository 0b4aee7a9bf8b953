import type { Transaction } from 'kysely';
import type { CaseAction, CasePerson, Penalty } from '../../core/enforcement/case.schema.ts';
import { articleText, CASE_DOCUMENT_TITLES, caseDocumentNumber, documentIssuedBy, fenText, type CaseDocumentKind } from '../../core/enforcement/case-documents.ts';
import type { CaseState } from '../../core/enforcement/case-state.ts';
import { FINE_REASON_NAMES, TIER_NAMES, type DiscretionBenchmark } from '../../core/enforcement/discretion.ts';
import { numberingYear } from '../../core/inspections/document-rules.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { notFound } from '../http/errors.ts';
import { nextSerial } from '../inspections/document.service.ts';
import { chineseDateTime, createEnforcementDocument } from '../pdf/pdf-document.ts';
import { findCase, type CaseRow } from './case.repository.ts';

/** Everything a case document shows, frozen at issue (case_documents.content): the PDF is rendered from this alone. */
export interface CaseDocumentContent {
  kind: CaseDocumentKind;
  title: string;
  number: string;
  departmentName: string;
  issuedAt: string;
  issuedByName: string;
  caseNumber: string;
  enterprise: { name: string; creditCode: string; address: string };
  persons: CasePerson[];
  violation: { title: string; breached: string; penalising: string };
  officers: { name: string; certificateNo: string }[];
  summary: string;
  filedOn: string;
  notice?: { servedOn: string; facts: string; proposed: Penalty; hearingEligible: boolean; windowEndsOn: string } | undefined;
  decision?: { decidedOn: string; facts: string; evidence: string; basis: string[]; penalty: Penalty; totalFineYuan: number; paymentDays: number } | undefined;
  closing?: { outcome: string; totalFineFen: number; paidFen: number; comment?: string | undefined } | undefined;
}

const civil = (date: string) => chineseDateTime(`${date}T00:00:00+08:00`, false);

/**
 * Issues the document of `action`, if it makes one, inside the step's transaction: next serial of (department,
 * year, kind), content frozen from the case after the step. Returns the document id or undefined.
 */
export async function issueCaseDocument(
  tx: Transaction<Database>,
  actor: Actor,
  row: CaseRow,
  next: CaseState,
  body: { action: CaseAction } & Record<string, unknown>,
  benchmark: DiscretionBenchmark,
  paymentDays: number,
  now: Date,
): Promise<string | undefined> {
  const kind = documentIssuedBy(body.action);
  if (!kind) return undefined;
  const department = await tx.selectFrom('departments').select(['id', 'name']).where('id', '=', row.department_id).executeTakeFirstOrThrow();
  const enterprise = await tx.selectFrom('enterprises').select(['name', 'credit_code', 'address']).where('id', '=', row.enterprise_id).executeTakeFirstOrThrow();
  const evidence = await tx.selectFrom('case_evidence').select('officers').where('case_id', '=', row.id).execute();
  const officers = new Map<string, { name: string; certificateNo: string }>();
  for (const e of evidence) for (const o of e.officers as { name: string; certificateNo: string }[]) officers.set(o.certificateNo, { name: o.name, certificateNo: o.certificateNo });
  const year = numberingYear(now);
  const serial = await nextSerial(tx, department.id, year, kind);
  const number = caseDocumentNumber(department.name, kind, year, serial);
  const content: CaseDocumentContent = {
    kind,
    title: CASE_DOCUMENT_TITLES[kind],
    number,
    departmentName: department.name,
    issuedAt: now.toISOString(),
    issuedByName: actor.displayName,
    caseNumber: row.number,
    enterprise: { name: enterprise.name, creditCode: enterprise.credit_code, address: enterprise.address },
    persons: row.persons as CasePerson[],
    violation: { title: benchmark.title, breached: articleText(benchmark.breached), penalising: articleText(benchmark.penalising) },
    officers: [...officers.values()],
    summary: row.summary,
    filedOn: row.filed_on,
    notice: next.notice,
  };
  if (kind === 'penalty_decision' && next.decision && body.action === 'decide') {
    const b = body as unknown as { facts: string; evidence: string; basis: { law: string; article: number; paragraph?: number; item?: number }[] };
    content.decision = { decidedOn: next.decision.decidedOn, facts: b.facts, evidence: b.evidence, basis: b.basis.map(articleText), penalty: next.decision.penalty, totalFineYuan: next.decision.totalFineYuan, paymentDays };
  }
  if (kind === 'case_closing') {
    content.closing = { outcome: next.ended?.outcome ?? '', totalFineFen: (next.decision?.totalFineYuan ?? 0) * 100, paidFen: next.paidFen, comment: next.ended?.reason };
  }
  const { id } = await tx
    .insertInto('case_documents')
    .values({ case_id: row.id, department_id: department.id, kind, year, serial, number, content: JSON.stringify(content), issued_at: now, issued_by: actor.userId, issued_by_name: actor.displayName })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export function documentsOfCase(db: Db, caseId: string) {
  return db.selectFrom('case_documents').select(['id', 'kind', 'number', 'issued_at']).where('case_id', '=', caseId).orderBy('issued_at').orderBy('serial').execute();
}

const penaltyLines = (p: Penalty) => [
  ...(p.unitFineYuan !== null ? [`对单位处罚款人民币${p.unitFineYuan}元`] : []),
  ...p.persons.map((x) => `对${x.name}处罚款人民币${x.fineYuan}元`),
];

const OUTCOME_TEXT: Record<string, string> = { paid: '罚款已全部缴纳', court_enforcement: '已申请人民法院强制执行', other: '其他' };

/** Renders a case document as an A4 PDF (server/pdf/pdf-document.ts). */
export function renderCaseDocumentPdf(c: CaseDocumentContent): Promise<Buffer> {
  const { doc, done, heading, line } = createEnforcementDocument(c);
  line('案号', c.caseNumber);
  line('当事人', c.enterprise.name);
  line('统一社会信用代码', c.enterprise.creditCode);
  line('地址', c.enterprise.address);
  if (c.persons.length > 0) line('相关责任人员', c.persons.map((p) => p.name).join('、'));
  line('违法行为', c.violation.title);
  line('违反条款', c.violation.breached);
  line('处罚依据', c.violation.penalising);

  if (c.kind === 'case_filing') {
    line('立案日期', civil(c.filedOn));
    heading('案情摘要');
    doc.text(c.summary);
    heading('审批意见');
    doc.text(`同意立案。审批人：${c.issuedByName}`);
  }
  if (c.kind === 'penalty_notice' && c.notice) {
    const n = c.notice;
    doc.moveDown(0.5).text(`${c.enterprise.name}：`);
    heading('违法事实');
    doc.text(n.facts);
    heading('拟作出的行政处罚');
    penaltyLines(n.proposed).forEach((l) => doc.text(`${l}（${TIER_NAMES[n.proposed.tier]}）`));
    if (n.proposed.reasonKind) doc.text(`${FINE_REASON_NAMES[n.proposed.reasonKind]}理由：${n.proposed.reason ?? ''}`);
    heading('当事人的权利');
    doc.text(`根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你（单位）有权进行陈述和申辩。`);
    if (n.hearingEligible) doc.text(`根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有权要求举行听证，应当在${civil(n.windowEndsOn)}前提出。`);
    else doc.text(`请于${civil(n.windowEndsOn)}前提出陈述、申辩；逾期视为放弃。`);
    line('送达日期', civil(n.servedOn));
  }
  if (c.kind === 'penalty_decision' && c.decision) {
    const d = c.decision;
    doc.moveDown(0.5).text(`${c.enterprise.name}：`);
    heading('违法事实');
    doc.text(d.facts);
    heading('证据');
    doc.text(d.evidence);
    heading('处罚依据');
    doc.text(d.basis.join('、'));
    heading('行政处罚决定');
    penaltyLines(d.penalty).forEach((l) => doc.text(l));
    doc.text(`罚款合计人民币${d.totalFineYuan}元。`);
    doc.text(`请自收到本决定书之日起${d.paymentDays}日内缴纳罚款。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。`);
    doc.text('如不服本决定，可以依法在六十日内申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。');
    line('决定日期', civil(d.decidedOn));
  }
  if (c.kind === 'case_closing' && c.closing) {
    const k = c.closing;
    line('罚款合计（元）', fenText(k.totalFineFen));
    line('已缴纳（元）', fenText(k.paidFen));
    line('执行情况', `${OUTCOME_TEXT[k.outcome] ?? k.outcome}${k.comment ? `：${k.comment}` : ''}`);
    heading('审批意见');
    doc.text(`同意结案。审批人：${c.issuedByName}`);
  }
  if (c.officers.length > 0) line('执法人员', c.officers.map((o) => `${o.name}（执法证号：${o.certificateNo}）`).join('、'));
  doc.moveDown(1.5);
  doc.text(c.departmentName, { align: 'right' });
  doc.text(`（印章）  ${chineseDateTime(c.issuedAt, false)}`, { align: 'right' });
  doc.end();
  return done;
}

/** The PDF of a case document, 404 outside the caller's scope (the case's department). */
export async function caseDocumentPdf(db: Db, actor: Actor, caseId: string, documentId: string): Promise<{ pdf: Buffer; content: CaseDocumentContent }> {
  const row = await findCase(db, actor.scope, caseId);
  if (!row) throw notFound('Document');
  const document = await db.selectFrom('case_documents').select('content').where('id', '=', documentId).where('case_id', '=', caseId).executeTakeFirst();
  if (!document) throw notFound('Document');
  const content = document.content as CaseDocumentContent;
  return { pdf: await renderCaseDocumentPdf(content), content };
}
