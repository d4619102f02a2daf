import type { AttendanceMode, DocumentLanguage, FollowUpStatus, PollType, SignatorySide, StakeholderCategory } from '@mufakat/contracts';

// The model speaks the contracts' words; renderers import them from here with the model.
export type { DocumentLanguage, FollowUpStatus, SignatorySide };

/**
 * Everything a Berita Acara shows, loaded from the database by the minutes job and handed to the renderers.
 * Plain data with codes, not labels: the renderers translate codes into the document's language.
 * Dates are ISO 8601 strings; the renderers format them in the forum's time zone (`timeZone`).
 */
export interface BeritaAcaraModel {
  language: DocumentLanguage;
  /** Document version number, printed in the header and footer. */
  version: number;
  generatedAt: string;
  /**
   * The public page of an issued version, printed with its QR code in every page's footer; absent on drafts. It
   * names the stored files' hashes: a file cannot carry its own.
   */
  verification?: { url: string } | null;
  /** IANA zone used for every printed date and time, e.g. 'Asia/Jakarta'. */
  timeZone: string;
  forum: {
    title: string;
    theme: string;
    serviceName: string;
    unitName: string;
    venue: string;
    startsAt: string;
    streamUrl: string | null;
    /** Hybrid when people attended both in the room and online. */
    mode: 'room' | 'online' | 'hybrid';
    joinCode: string | null;
  };
  attendance: {
    total: number;
    byMode: Record<AttendanceMode, number>;
    /** Only categories with at least one attendee, in STAKEHOLDER_CATEGORIES order. */
    byCategory: Array<{ category: StakeholderCategory; room: number; online: number }>;
    /** Present when the forum used room check-in: attendees who checked in or were confirmed by staff. */
    verified?: number;
    /** Full list for the appendix, in joining order. */
    list: Array<{ name: string; institution: string; category: StakeholderCategory; mode: AttendanceMode; joinedAt: string }>;
  };
  agenda: Array<{ title: string; startedAt: string | null; endedAt: string | null }>;
  /** Questions the room saw (approved or answered), grouped by agenda item; `agendaTitle` null = no agenda item. */
  discussion: Array<{
    agendaTitle: string | null;
    questions: Array<{
      text: string;
      /** Null when asked anonymously. */
      authorName: string | null;
      upvotes: number;
      answered: boolean;
      reply: string | null;
    }>;
  }>;
  polls: Array<{
    question: string;
    type: PollType;
    agendaTitle: string | null;
    respondents: number;
    /**
     * One row per bar of the chart, in display order: option counts (single, multiple), rating values 1..n,
     * top words (wordcloud), options best first with their score (ranking). Open-text polls have none.
     */
    bars: Array<{ label: string; value: number }>;
    /** What `value` means for the bars: respondents choosing it, or a ranking score. */
    valueKind: 'count' | 'borda' | 'average-position';
    /** Rating polls: mean score; null otherwise. */
    average: number | null;
    /** Open-text polls: the answers (at most 100), newest first. */
    answers: string[];
  }>;
  consensus: Array<{
    /** 1-based number in approval order. */
    number: number;
    text: string;
    agendaTitle: string | null;
    signals: { agree: number; disagree: number; abstain: number };
    /** Present when the forum used room check-in: the signals of verified attendees only. */
    signalsVerified?: { agree: number; disagree: number; abstain: number };
    approvedAt: string;
    followUp: {
      action: string;
      responsibleUnit: string;
      /** A calendar date (YYYY-MM-DD) or, when none is set, a time frame in words ("3 bulan"). */
      deadline: string | null;
      timeFrame: string | null;
      status: FollowUpStatus;
    };
  }>;
  /** Null when no survey was answered. */
  survey: {
    respondents: number;
    /** U1..U9 in order, with the mean score 1–4 (null when nobody scored the element). */
    elements: Array<{ code: string; mean: number | null }>;
    /** Weighted mean on the 1–4 scale. */
    ikm: number;
    /** ikm × 25, on the 25–100 scale. */
    converted: number;
    grade: 'A' | 'B' | 'C' | 'D';
    /** Present when the forum used room check-in: the IKM of verified attendees' answers (null when none answered). */
    verified?: { respondents: number; converted: number; grade: 'A' | 'B' | 'C' | 'D' } | null;
  } | null;
  /** Signature blocks, provider first; `signature` null when this person has not signed this version's content. */
  signatories: Array<{
    side: SignatorySide;
    name: string;
    institution: string;
    category: StakeholderCategory;
    /** The capacity they sign in, as the organiser wrote it ("Kepala Dinas", "Perwakilan pengguna layanan"). */
    roleTitle: string;
    signature: { png: Buffer; signedAt: string } | null;
  }>;
  /** The official form, from the unit's settings: number, letterhead, the provider's signatory, who acknowledges. */
  official: {
    /** Assigned when the organiser finalises the document; null on a draft. */
    number: string | null;
    letterhead: {
      unitName: string;
      /** The body the unit belongs to ("Pemerintah Kabupaten Banyumas"). */
      parentBody: string | null;
      address: string | null;
      logo: { mime: 'image/png' | 'image/jpeg'; data: Buffer } | null;
    };
    /** Printed before the signing date; the venue stands in when no city is set. */
    city: string | null;
    /** The head of unit signing for the provider; a wet signature when nobody signed in the app. */
    head: OfficialPerson | null;
    /** "Mengetahui": an acknowledging official, when the unit names one. */
    acknowledger: OfficialPerson | null;
  };
  /** Every question asked, counted per stakeholder category, whether the room saw it or not. */
  questionRecord: {
    byCategory: Array<{ category: StakeholderCategory; asked: number; rejected: number; withdrawn: number }>;
    /** Texts of rejected and withdrawn questions, only when the organiser chose to print them; null otherwise. */
    hidden: Array<{ text: string; status: 'rejected' | 'withdrawn'; category: StakeholderCategory }> | null;
  };
  /** Who took the floor, in speaking order; `minutes` null while someone is still speaking. */
  speakers: Array<{ name: string; category: StakeholderCategory; mode: AttendanceMode; minutes: number | null }>;
  /** Documentation photos uploaded by the organiser, in upload order. */
  photos: Array<{ mime: 'image/png' | 'image/jpeg'; data: Buffer; caption: string | null }>;
}

export interface OfficialPerson {
  name: string;
  position: string;
  /** Civil servant number (NIP), when the person has one. */
  nip: string | null;
}
