import { apiPaths, LiveEvent, type ConsensusItemView, type DocumentVersionView, type FollowUpPlan, type RecordSettings } from '@mufakat/contracts';
import { http, LiveTestClient } from './factories';

/** Record settings naming a unit: saving them on a forum files the forum under that unit. */
export const unitSettings = (unitName: string, unitCode: string, parentBody = 'Pemerintah Kabupaten Banyumas'): RecordSettings => ({
  unitName,
  unitCode,
  parentBody,
  address: null,
  city: 'Purwokerto',
  numberPattern: '000.5/{n}/{unit}/{year}',
  headName: null,
  headPosition: null,
  headNip: null,
  acknowledgerName: null,
  acknowledgerPosition: null,
  acknowledgerNip: null,
  showHiddenQuestionTexts: false,
});

/** Creates, opens and approves consensus items with their follow-up plans, as the forum's staff does live. */
export async function approveItems(
  baseUrl: string,
  forumId: string,
  cookie: string,
  items: Array<{ text: string; plan: FollowUpPlan }>,
): Promise<ConsensusItemView[]> {
  const socket = await LiveTestClient.connect(baseUrl, { forumId }, cookie);
  try {
    const approved: ConsensusItemView[] = [];
    for (const { text, plan } of items) {
      const created = await socket.emit(LiveEvent.createConsensus, { text });
      if (!created.ok) throw new Error(`createConsensus failed: ${JSON.stringify(created.error)}`);
      const item = (created as { ok: true; data: ConsensusItemView }).data;
      const opened = await socket.emit(LiveEvent.moveConsensus, { itemId: item.id, status: 'open' });
      if (!opened.ok) throw new Error(`moveConsensus failed: ${JSON.stringify(opened.error)}`);
      const done = await socket.emit(LiveEvent.approveConsensus, { itemId: item.id, followUp: plan });
      if (!done.ok) throw new Error(`approveConsensus failed: ${JSON.stringify(done.error)}`);
      approved.push((done as { ok: true; data: ConsensusItemView }).data);
    }
    return approved;
  } finally {
    socket.close();
  }
}

/** Waits until a Berita Acara version's files are ready. */
export async function documentReady(baseUrl: string, forumId: string, versionId: string, cookie: string): Promise<void> {
  for (const deadline = Date.now() + 60_000; ;) {
    const versions = await http<DocumentVersionView[]>(baseUrl, apiPaths.documents(forumId), { cookie });
    const version = versions.body.find((v) => v.id === versionId);
    if (version?.status === 'ready') return;
    if (version?.status === 'failed' || Date.now() > deadline) throw new Error(`version not ready: ${JSON.stringify(version)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Drafts a forum's Berita Acara and issues it as final: from then on the forum's follow-up is public. */
export async function issueBeritaAcara(baseUrl: string, forumId: string, cookie: string): Promise<DocumentVersionView> {
  const requested = await http<DocumentVersionView>(baseUrl, apiPaths.documents(forumId), { body: {}, cookie });
  if (requested.status !== 202 && requested.status !== 201) throw new Error(`draft refused: ${requested.status} ${JSON.stringify(requested.body)}`);
  await documentReady(baseUrl, forumId, requested.body.id, cookie);
  const final = await http<DocumentVersionView>(baseUrl, apiPaths.finaliseDocument(forumId, requested.body.id), { method: 'POST', cookie });
  if (final.status !== 202) throw new Error(`finalise refused: ${final.status} ${JSON.stringify(final.body)}`);
  await documentReady(baseUrl, forumId, final.body.id, cookie);
  return final.body;
}

/** Posts an action's update as the board does: multipart fields and evidence files. */
export function postActionUpdate(
  baseUrl: string,
  actionId: string,
  cookie: string,
  fields: Record<string, string>,
  files: Array<[Buffer, string, string]> = [],
) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  for (const [data, name, type] of files) form.append('evidence', new Blob([new Uint8Array(data)], { type }), name);
  return fetch(baseUrl + apiPaths.actionUpdates(actionId), { method: 'POST', body: form, headers: { cookie } });
}
