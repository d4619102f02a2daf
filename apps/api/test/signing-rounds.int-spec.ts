import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  apiPaths,
  signatureStanding,
  type ApiErrorBody,
  type DocumentPagesView,
  type DocumentVersionView,
  type ForumDetail,
  type ForumMemberView,
  type RecordSettings,
  type RepresentativeView,
  type RevisionView,
  type SigningTask,
  type StaffSigningView,
} from '@mufakat/contracts';
import { AuditEntry, Signature } from '@mufakat/persistence';
import { DataSource } from 'typeorm';
import { SigningService } from '../src/documents/signing.service';
import { createPublishedForum, http, registerAttendee, signupStaff, uniqueEmail } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const SIGNATURE_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const HEAD = 'Dra. Sri Wahyuni, M.M.';
const SETTINGS: RecordSettings = {
  unitName: 'Dinas Sosial',
  unitCode: 'Dinsos',
  parentBody: 'Pemerintah Kabupaten Banyumas',
  address: 'Jl. Pemuda No. 31, Purwokerto 53116',
  city: 'Purwokerto',
  numberPattern: '000.5/{n}/{unit}/{year}',
  headName: HEAD,
  headPosition: 'Kepala Dinas Sosial',
  headNip: '19680512 199303 2 004',
  acknowledgerName: null,
  acknowledgerPosition: null,
  acknowledgerNip: null,
  showHiddenQuestionTexts: false,
};

describe(SigningService.name, () => {
  const documentsDir = mkdtempSync(join(tmpdir(), 'mufakat-signing-'));
  let api: TestApp;
  let db: DataSource;
  let organiser: string;
  let facilitator: string;
  let head: { cookie: string; userId: string };
  let forum: ForumDetail;
  const people: Record<'siti' | 'budi' | 'ani', { token: string; participantId: string }> = {} as never;

  beforeAll(async () => {
    api = await startTestApp({ documentsDir });
    db = api.app.get(DataSource);
    organiser = (await signupStaff(api.url, 'organiser')).cookie;
    forum = await createPublishedForum(api.url, organiser);
    expect((await http(api.url, apiPaths.recordSettings(forum.id), { method: 'PUT', body: SETTINGS, cookie: organiser })).status).toBe(200);
    const invite = async (name: string, role: 'facilitator' | 'moderator') => {
      const email = uniqueEmail(role);
      const signed = await http(api.url, apiPaths.signup, { body: { email, password: 'correct horse battery', name } });
      const member = await http<ForumMemberView>(api.url, apiPaths.forumMembers(forum.id), { body: { email, role }, cookie: organiser });
      expect(member.status).toBe(201);
      return { cookie: signed.cookie as string, userId: member.body.userId };
    };
    facilitator = (await invite('Fasilitator', 'facilitator')).cookie;
    head = await invite('Sri', 'moderator');
    for (const [key, name] of [
      ['siti', 'Siti'],
      ['budi', 'Budi'],
      ['ani', 'Ani'],
    ] as const) {
      const joined = await registerAttendee(api.url, forum.joinCode as string, { name, category: 'service_user' });
      people[key] = { token: joined.attendeeToken, participantId: joined.participant.id };
    }
  });

  afterAll(async () => {
    await api.close();
    rmSync(documentsDir, { recursive: true, force: true });
  });

  const generate = async (): Promise<DocumentVersionView> => {
    const requested = await http<DocumentVersionView>(api.url, apiPaths.documents(forum.id), { body: {}, cookie: organiser });
    expect(requested.status).toBe(202);
    return waitReady(requested.body.id);
  };
  const waitReady = async (documentId: string): Promise<DocumentVersionView> => {
    for (const deadline = Date.now() + 60_000; ;) {
      const version = (await http<DocumentVersionView[]>(api.url, apiPaths.documents(forum.id), { cookie: organiser })).body.find((v) => v.id === documentId);
      if (version?.status === 'ready') return version;
      if (Date.now() > deadline) throw new Error(`version ${documentId} never became ready`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const signOnPhone = (who: keyof typeof people, documentId: string) =>
    http<SigningTask | ApiErrorBody>(api.url, apiPaths.signatures(forum.id), { body: { documentId, signaturePng: SIGNATURE_PNG }, bearer: people[who].token });
  const signOnConsole = (cookie: string, documentId: string) =>
    http<SigningTask | ApiErrorBody>(api.url, apiPaths.staffSignature(forum.id), { body: { documentId, signaturePng: SIGNATURE_PNG }, cookie });
  const representatives = async () => (await http<RepresentativeView[]>(api.url, apiPaths.representatives(forum.id), { cookie: organiser })).body;
  const finalise = (documentId: string) =>
    http<DocumentVersionView | ApiErrorBody>(api.url, apiPaths.finaliseDocument(forum.id, documentId), { method: 'POST', cookie: organiser });
  const pdfText = async (documentId: string) => {
    const pdf = await fetch(`${api.url}${apiPaths.documentFile(forum.id, documentId, 'pdf')}`, { headers: { cookie: organiser } });
    return execFileSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(await pdf.arrayBuffer()), encoding: 'utf8' }).replace(/\s+/g, ' ');
  };

  it('names a forum staff member as the provider signatory, organiser only, and authorises them only for that role', async () => {
    for (const who of ['siti', 'budi'] as const) {
      const added = await http(api.url, apiPaths.representatives(forum.id), {
        body: { participantId: people[who].participantId, side: 'public', roleTitle: 'Perwakilan pengguna layanan' },
        cookie: organiser,
      });
      expect(added.status).toBe(201);
    }
    expect((await http(api.url, apiPaths.staffSignatory(forum.id), { body: { staffUserId: head.userId }, cookie: facilitator })).status).toBe(403);
    const stranger = await signupStaff(api.url, 'stranger');
    const strangerId = (await http<{ id: string }>(api.url, '/api/auth/me', { cookie: stranger.cookie })).body.id;
    expect((await http(api.url, apiPaths.staffSignatory(forum.id), { body: { staffUserId: strangerId }, cookie: organiser })).status).toBe(404);
    const signatory = await http<RepresentativeView>(api.url, apiPaths.staffSignatory(forum.id), { body: { staffUserId: head.userId }, cookie: organiser });
    expect(signatory.status).toBe(201);
    // Named as the head of unit of the record settings; not an attendee, so attendance does not change.
    expect(signatory.body).toMatchObject({ name: HEAD, side: 'provider', roleTitle: SETTINGS.headPosition, participantId: null, staffUserId: head.userId });
    expect((await http(api.url, apiPaths.staffSignatory(forum.id), { body: { staffUserId: head.userId }, cookie: organiser })).status).toBe(409);

    const v1 = await generate();
    expect(v1.missingSignatures.sort()).toEqual(['Budi', HEAD, 'Siti'].sort());
    // Other staff have nothing to sign and may not sign; the signatory signs as themself, from the console.
    expect((await http(api.url, apiPaths.staffSignature(forum.id), { cookie: facilitator })).body).toEqual({ task: null });
    expect((await signOnConsole(facilitator, v1.id)).status).toBe(403);
    expect((await signOnConsole(stranger.cookie, v1.id)).status).toBe(404);
    expect((await http<StaffSigningView>(api.url, apiPaths.staffSignature(forum.id), { cookie: head.cookie })).body.task).toMatchObject({
      signed: false,
      document: { id: v1.id },
    });
    expect((await signOnConsole(head.cookie, v1.id)).body).toMatchObject({ signed: true, document: { version: 1 } });
    const audit = await db.getRepository(AuditEntry).findOneByOrFail({ forumId: forum.id, action: 'document.sign', actorUserId: head.userId });
    expect(audit.details).toMatchObject({ staffUserId: head.userId, version: 1 });
  });

  it('lets a representative read the version page by page on the phone, and nobody else', async () => {
    const [latest] = (await http<DocumentVersionView[]>(api.url, apiPaths.documents(forum.id), { cookie: organiser })).body;
    const pages = await http<DocumentPagesView>(api.url, apiPaths.documentPages(forum.id, latest.id), { bearer: people.siti.token });
    expect(pages.status).toBe(200);
    expect(pages.body.pages).toBeGreaterThan(0);
    const page = await fetch(api.url + apiPaths.documentPage(forum.id, latest.id, pages.body.pages), {
      headers: { authorization: `Bearer ${people.siti.token}` },
    });
    expect(page.headers.get('content-type')).toContain('image/png');
    expect([...Buffer.from(await page.arrayBuffer()).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect(
      (await fetch(api.url + apiPaths.documentPage(forum.id, latest.id, pages.body.pages + 1), { headers: { authorization: `Bearer ${people.siti.token}` } }))
        .status,
    ).toBe(404);
    expect((await http(api.url, apiPaths.documentPages(forum.id, latest.id), { bearer: people.ani.token })).status).toBe(403);
    expect((await http(api.url, apiPaths.documentPages(forum.id, latest.id))).status).toBe(401);
  });

  it('binds a signature to the content: it carries to a regenerated version saying the same, and finalising waits for everyone', async () => {
    const [v1] = (await http<DocumentVersionView[]>(api.url, apiPaths.documents(forum.id), { cookie: organiser })).body;
    expect((await signOnPhone('siti', v1.id)).body).toMatchObject({ signed: true });
    // Budi has not signed: the finalise endpoint refuses, naming who is missing.
    const refused = await finalise(v1.id);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'INVALID_STATE', message: expect.stringContaining('Budi') });

    const v2 = await generate();
    expect(v2.contentFingerprint).toBe(v1.contentFingerprint);
    expect(v2).toMatchObject({ missingSignatures: ['Budi'], signedCount: 2 });
    // The phone agrees: v2 is already signed for Siti; v1 is no longer the version to sign.
    const sitiTask = await http<SigningTask>(api.url, apiPaths.signatures(forum.id), {
      body: { documentId: v2.id, signaturePng: SIGNATURE_PNG },
      bearer: people.siti.token,
    });
    expect(sitiTask.body).toMatchObject({ signed: true, document: { version: 2 } });
    expect(await db.getRepository(Signature).countBy({ documentId: v2.id })).toBe(0);
    expect((await signOnPhone('budi', v1.id)).status).toBe(409);

    expect((await signOnPhone('budi', v2.id)).body).toMatchObject({ signed: true, document: { version: 2 } });
    // One rule for the console: everyone has signed v2's content, but v2's file was made before Budi signed.
    const reps = await representatives();
    expect(Object.fromEntries(reps.map((r) => [r.name, signatureStanding(r, v2)]))).toEqual({
      Siti: 'signed-in-document',
      Budi: 'signed-not-in-document',
      [HEAD]: 'signed-in-document',
    });
    expect(reps.every((r) => r.signedVersion === 2)).toBe(true);
    // v1 says the same: its signatures are the same people's, though its file shows fewer.
    expect(reps.filter((r) => signatureStanding(r, v1) !== 'unsigned')).toHaveLength(3);

    const final = await finalise(v2.id);
    expect(final.status).toBe(202);
    const issued = await waitReady((final.body as DocumentVersionView).id);
    expect(issued).toMatchObject({ final: true, missingSignatures: [], signedCount: 3, contentFingerprint: v2.contentFingerprint });
    expect(issued.documentNumber).toMatch(/^000\.5\/1\/Dinsos\/\d{4}$/);
    const text = await pdfText(issued.id);
    expect(text).toContain(issued.documentNumber);
    expect(text).toContain(HEAD);
  });

  it('revises only explicitly: signatures voided but kept, audited, then a new round and a final version with a revision suffix', async () => {
    const versions = (await http<DocumentVersionView[]>(api.url, apiPaths.documents(forum.id), { cookie: organiser })).body;
    const issued = versions.find((v) => v.final) as DocumentVersionView;
    expect((await http(api.url, apiPaths.reviseDocuments(forum.id), { body: { reason: 'Alamat salah' }, cookie: facilitator })).status).toBe(403);
    expect((await http(api.url, apiPaths.reviseDocuments(forum.id), { body: {}, cookie: organiser })).status).toBe(400);
    const revised = await http<RevisionView>(api.url, apiPaths.reviseDocuments(forum.id), { body: { reason: 'Alamat salah' }, cookie: organiser });
    expect(revised.body).toEqual({ revision: 1, voided: 3 });
    // Nothing to revise until a final version of this revision exists.
    expect((await http(api.url, apiPaths.reviseDocuments(forum.id), { body: { reason: 'lagi' }, cookie: organiser })).status).toBe(409);
    const kept = await db.getRepository(Signature).find({ where: { representative: { forumId: forum.id } } });
    expect(kept).toHaveLength(3);
    expect(kept.every((s) => s.voidedAt !== null && s.voidedBy)).toBe(true);
    const audit = await db.getRepository(AuditEntry).findOneByOrFail({ forumId: forum.id, action: 'document.revise' });
    expect(audit.details).toMatchObject({ revision: 1, voidedSignatures: 3, reason: 'Alamat salah' });
    // The old final version can no longer be signed or finalised; the phones wait for a new version.
    expect((await signOnPhone('siti', issued.id)).status).toBe(409);
    expect((await representatives()).every((r) => r.signedFingerprints.length === 0 && r.signedVersion === null)).toBe(true);

    // Same content again: voided signatures do not come back.
    const v4 = await generate();
    expect(v4).toMatchObject({ revision: 1, contentFingerprint: issued.contentFingerprint, signedCount: 0 });
    for (const who of ['siti', 'budi'] as const) expect((await signOnPhone(who, v4.id)).status).toBe(201);
    expect((await signOnConsole(head.cookie, v4.id)).status).toBe(201);

    // Changed content: signatures on the old content do not carry.
    expect(
      (
        await http(api.url, apiPaths.recordSettings(forum.id), {
          method: 'PUT',
          body: { ...SETTINGS, address: 'Jl. Pemuda No. 33, Purwokerto 53116' },
          cookie: organiser,
        })
      ).status,
    ).toBe(200);
    const v5 = await generate();
    expect(v5.contentFingerprint).not.toBe(v4.contentFingerprint);
    expect(v5.missingSignatures.sort()).toEqual(['Budi', HEAD, 'Siti'].sort());
    expect((await finalise(v5.id)).status).toBe(409);
    for (const who of ['siti', 'budi'] as const)
      expect((await signOnPhone(who, v5.id)).body).toMatchObject({ signed: true, document: { version: v5.version } });
    expect((await signOnConsole(head.cookie, v5.id)).status).toBe(201);

    const final = await finalise(v5.id);
    expect(final.status).toBe(202);
    const reissued = await waitReady((final.body as DocumentVersionView).id);
    expect(reissued).toMatchObject({ final: true, revision: 1, missingSignatures: [], documentNumber: `${issued.documentNumber} (Revisi 1)` });
    expect(await pdfText(reissued.id)).toContain('No. 33');
  });
});
