import type { AttendanceMode, IkmGrade, PollType, StakeholderCategory, SurveyElement } from '@mufakat/contracts';
import type { BeritaAcaraModel, DocumentLanguage, FollowUpStatus, SignatorySide } from './berita-acara-model';
import type { DateInWords } from './number-words';

/** What the official opening sentence names. */
export interface OpeningFacts {
  date: DateInWords;
  time: string;
  place: string;
  title: string;
  unitName: string;
}

type PollValueKind = BeritaAcaraModel['polls'][number]['valueKind'];
type ForumMode = BeritaAcaraModel['forum']['mode'];

/** Every word the Berita Acara and the exports print; one object per language, kept side by side below. */
export interface DocumentStrings {
  locale: string;
  title: string;
  documentName: string;
  versionLabel: (version: number) => string;
  /** `{page}` and `{pages}` are filled by the renderer (DOCX fills them with page-number fields). */
  pageOf: string;
  /** Before the public address of an issued version, in its footer. */
  verifyAt: string;
  none: string;
  number: string;
  header: {
    unit: string;
    forumTitle: string;
    theme: string;
    service: string;
    dateTime: string;
    venue: string;
    mode: string;
    onlineLink: string;
  };
  sections: {
    legalBasis: string;
    attendance: string;
    agenda: string;
    discussion: string;
    polls: string;
    consensus: string;
    followUp: string;
    survey: string;
    photos: string;
    signatures: string;
    appendix: string;
  };
  legalBasis: string[];
  attendance: {
    total: (count: number) => string;
    byMode: (room: number, online: number) => string;
    verified: (count: number) => string;
    category: string;
    room: string;
    online: string;
    sum: string;
    name: string;
    institution: string;
    mode: string;
    joinedAt: string;
  };
  agenda: { item: string; time: string; empty: string };
  discussion: {
    outsideAgenda: string;
    question: string;
    askedBy: string;
    anonymous: string;
    upvotes: string;
    status: string;
    answered: string;
    notAnswered: string;
    reply: string;
    empty: string;
  };
  polls: {
    question: string;
    type: string;
    respondents: (count: number) => string;
    average: (value: string) => string;
    option: string;
    value: string;
    valueKind: Record<PollValueKind, string>;
    lowerIsBetter: string;
    answers: string;
    noAnswers: string;
    empty: string;
  };
  consensus: {
    item: (n: number) => string;
    agendaItem: string;
    signals: (agree: number, disagree: number, abstain: number) => string;
    text: string;
    agree: string;
    disagree: string;
    abstain: string;
    action: string;
    responsibleUnit: string;
    deadline: string;
    status: string;
    empty: string;
  };
  survey: {
    respondents: (count: number) => string;
    code: string;
    element: string;
    mean: string;
    ikm: string;
    converted: string;
    grade: string;
    chartTitle: string;
    notAnswered: string;
  };
  photosEmpty: string;
  signatures: {
    closing: string;
    placeDate: (city: string, date: string) => string;
    signedAt: (dateTime: string) => string;
    notSigned: string;
    side: Record<SignatorySide, string>;
  };
  official: {
    /** The number line under the title; null while the document is a draft. */
    number: (number: string | null) => string;
    opening: (facts: OpeningFacts) => string;
    acknowledging: string;
    nip: (nip: string | null) => string;
    /** The head of unit's block when nobody signed it in the app. */
    wetSignature: string;
    /** Where a name is still to be written by hand. */
    blankName: string;
    headSide: string;
  };
  record: {
    questionsHeading: string;
    summary: (asked: number, rejected: number, withdrawn: number) => string;
    asked: string;
    rejected: string;
    withdrawn: string;
    hiddenHeading: string;
    hiddenStatus: Record<'rejected' | 'withdrawn', string>;
    speakersHeading: string;
    minutes: string;
    noSpeakers: string;
    noQuestions: string;
  };
  yes: string;
  no: string;
  exports: {
    attendanceSheet: string;
    questionsSheet: string;
    pollsSheet: string;
    consensusSheet: string;
    poll: string;
    respondents: string;
    average: string;
    /** What the value column counts, per row. */
    measure: string;
  };
  category: Record<StakeholderCategory, string>;
  attendanceMode: Record<AttendanceMode, string>;
  forumMode: Record<ForumMode, string>;
  pollType: Record<PollType, string>;
  followUpStatus: Record<FollowUpStatus, string>;
  surveyElement: Record<SurveyElement, string>;
  grade: Record<IkmGrade, string>;
}

const id: DocumentStrings = {
  locale: 'id-ID',
  title: 'BERITA ACARA FORUM KONSULTASI PUBLIK',
  documentName: 'Berita Acara',
  versionLabel: (version) => `Berita Acara — versi ${version}`,
  pageOf: 'Halaman {page} dari {pages}',
  verifyAt: 'Periksa keaslian dokumen ini di',
  none: '–',
  number: 'No.',
  header: {
    unit: 'Unit penyelenggara pelayanan',
    forumTitle: 'Judul forum',
    theme: 'Tema',
    service: 'Jenis pelayanan',
    dateTime: 'Hari, tanggal, waktu',
    venue: 'Tempat',
    mode: 'Pelaksanaan',
    onlineLink: 'Tautan daring',
  },
  sections: {
    legalBasis: 'Dasar Hukum',
    attendance: 'Kehadiran',
    agenda: 'Agenda',
    discussion: 'Ringkasan Diskusi',
    polls: 'Hasil Jajak Pendapat',
    consensus: 'Kesepakatan',
    followUp: 'Rencana Tindak Lanjut',
    survey: 'Hasil Survei Kepuasan Masyarakat',
    photos: 'Dokumentasi',
    signatures: 'Pengesahan',
    appendix: 'Lampiran: Daftar Hadir',
  },
  legalBasis: [
    'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;',
    'Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;',
    'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 16 Tahun 2017 tentang Pedoman Penyelenggaraan Forum Konsultasi Publik di Lingkungan Unit Penyelenggara Pelayanan Publik;',
    'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik.',
  ],
  attendance: {
    total: (count) => `Jumlah peserta yang hadir: ${count} orang.`,
    byMode: (room, online) => `Hadir di ruangan: ${room} orang; hadir secara daring: ${online} orang.`,
    verified: (count) => `Kehadiran terverifikasi (check-in di ruangan atau dikonfirmasi panitia): ${count} orang.`,
    category: 'Kategori pemangku kepentingan',
    room: 'Di ruangan',
    online: 'Daring',
    sum: 'Jumlah',
    name: 'Nama',
    institution: 'Instansi/organisasi',
    mode: 'Kehadiran',
    joinedAt: 'Waktu bergabung',
  },
  agenda: { item: 'Butir agenda', time: 'Waktu', empty: 'Tidak ada agenda yang dicatat.' },
  discussion: {
    outsideAgenda: 'Di luar butir agenda',
    question: 'Pertanyaan/masukan',
    askedBy: 'Penanya',
    anonymous: 'Anonim',
    upvotes: 'Dukungan',
    status: 'Status',
    answered: 'Dijawab',
    notAnswered: 'Belum dijawab',
    reply: 'Tanggapan',
    empty: 'Tidak ada pertanyaan atau masukan yang ditampilkan dalam forum.',
  },
  polls: {
    question: 'Pertanyaan',
    type: 'Jenis',
    respondents: (count) => `${count} responden`,
    average: (value) => `Nilai rata-rata: ${value}`,
    option: 'Pilihan/jawaban',
    value: 'Nilai',
    valueKind: { count: 'jumlah pemilih', borda: 'skor peringkat', 'average-position': 'posisi rata-rata' },
    lowerIsBetter: 'Posisi rata-rata: makin kecil makin baik.',
    answers: 'Jawaban peserta',
    noAnswers: 'Belum ada jawaban.',
    empty: 'Tidak ada jajak pendapat dalam forum ini.',
  },
  consensus: {
    item: (n) => `Kesepakatan ${n}`,
    agendaItem: 'Butir agenda',
    signals: (agree, disagree, abstain) => `Setuju: ${agree}; tidak setuju: ${disagree}; abstain: ${abstain}.`,
    text: 'Kesepakatan',
    agree: 'Setuju',
    disagree: 'Tidak setuju',
    abstain: 'Abstain',
    action: 'Rencana tindak lanjut',
    responsibleUnit: 'Penanggung jawab',
    deadline: 'Tenggat/jangka waktu',
    status: 'Status',
    empty: 'Forum tidak menghasilkan kesepakatan.',
  },
  survey: {
    respondents: (count) => `Jumlah responden: ${count} orang.`,
    code: 'Kode',
    element: 'Unsur pelayanan',
    mean: 'Nilai rata-rata (NRR)',
    ikm: 'Indeks Kepuasan Masyarakat (skala 1–4)',
    converted: 'Nilai IKM konversi (skala 25–100)',
    grade: 'Mutu pelayanan',
    chartTitle: 'Nilai rata-rata per unsur pelayanan (skala 1–4)',
    notAnswered: 'Tidak ada survei kepuasan masyarakat yang diisi dalam forum ini.',
  },
  photosEmpty: 'Tidak ada foto dokumentasi.',
  signatures: {
    closing: 'Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.',
    placeDate: (city, date) => `${city}, ${date}`,
    signedAt: (dateTime) => `Ditandatangani ${dateTime}`,
    notSigned: 'belum ditandatangani',
    side: { provider: 'Pihak penyelenggara pelayanan', public: 'Perwakilan masyarakat' },
  },
  official: {
    number: (number) => `Nomor: ${number ?? '(diberikan saat final)'}`,
    opening: ({ date, time, place, title, unitName }) =>
      `Pada hari ini ${date.weekday} tanggal ${date.day} bulan ${date.month} tahun ${date.year}, pukul ${time}, bertempat di ${place}, ` +
      `telah dilaksanakan Forum Konsultasi Publik "${title}" oleh ${unitName}, dengan hasil sebagaimana diuraikan di bawah ini.`,
    acknowledging: 'Mengetahui,',
    nip: (nip) => `NIP. ${nip ?? '.............................'}`,
    wetSignature: '(tanda tangan basah)',
    blankName: '(.........................................)',
    headSide: 'Pihak penyelenggara pelayanan',
  },
  record: {
    questionsHeading: 'Pertanyaan dan masukan per kategori pemangku kepentingan',
    summary: (asked, rejected, withdrawn) =>
      `Jumlah pertanyaan/masukan yang diajukan: ${asked}; tidak ditayangkan (ditolak moderator): ${rejected}; ditarik kembali oleh penanya: ${withdrawn}.`,
    asked: 'Diajukan',
    rejected: 'Ditolak',
    withdrawn: 'Ditarik',
    hiddenHeading: 'Pertanyaan/masukan yang ditolak atau ditarik',
    hiddenStatus: { rejected: 'Ditolak', withdrawn: 'Ditarik' },
    speakersHeading: 'Peserta yang menyampaikan pendapat secara lisan',
    minutes: 'Durasi (menit)',
    noSpeakers: 'Tidak ada peserta yang menyampaikan pendapat secara lisan.',
    noQuestions: 'Tidak ada pertanyaan atau masukan yang diajukan.',
  },
  yes: 'Ya',
  no: 'Tidak',
  exports: {
    attendanceSheet: 'Daftar Hadir',
    questionsSheet: 'Pertanyaan',
    pollsSheet: 'Jajak Pendapat',
    consensusSheet: 'Kesepakatan',
    poll: 'Jajak pendapat',
    respondents: 'Responden',
    average: 'Rata-rata',
    measure: 'Keterangan nilai',
  },
  category: {
    service_user: 'Pengguna layanan',
    service_provider: 'Penyelenggara layanan',
    academic: 'Akademisi/pakar',
    civil_society: 'Organisasi masyarakat sipil',
    community_figure: 'Tokoh masyarakat',
    media: 'Media',
    government: 'Instansi pemerintah lain',
    other: 'Lainnya',
  },
  attendanceMode: { room: 'Di ruangan', online: 'Daring' },
  forumMode: { room: 'Luring (tatap muka)', online: 'Daring', hybrid: 'Hibrida (luring dan daring)' },
  pollType: {
    single: 'Pilihan tunggal',
    multiple: 'Pilihan ganda',
    rating: 'Penilaian (skala)',
    wordcloud: 'Awan kata',
    open: 'Jawaban terbuka',
    ranking: 'Peringkat',
  },
  followUpStatus: { planned: 'Direncanakan', in_progress: 'Dalam proses', done: 'Selesai', dropped: 'Dibatalkan' },
  surveyElement: {
    U1: 'Persyaratan',
    U2: 'Sistem, Mekanisme, dan Prosedur',
    U3: 'Waktu Penyelesaian',
    U4: 'Biaya/Tarif',
    U5: 'Produk Spesifikasi Jenis Pelayanan',
    U6: 'Kompetensi Pelaksana',
    U7: 'Perilaku Pelaksana',
    U8: 'Penanganan Pengaduan, Saran dan Masukan',
    U9: 'Sarana dan Prasarana',
  },
  grade: { A: 'Sangat Baik', B: 'Baik', C: 'Kurang Baik', D: 'Tidak Baik' },
};

const en: DocumentStrings = {
  locale: 'en-GB',
  title: 'BERITA ACARA FORUM KONSULTASI PUBLIK',
  documentName: 'Berita Acara',
  versionLabel: (version) => `Berita Acara — version ${version}`,
  pageOf: 'Page {page} of {pages}',
  verifyAt: 'Check this document at',
  none: '–',
  number: 'No.',
  header: {
    unit: 'Service unit',
    forumTitle: 'Forum title',
    theme: 'Theme',
    service: 'Service',
    dateTime: 'Date and time',
    venue: 'Venue',
    mode: 'Format',
    onlineLink: 'Online link',
  },
  sections: {
    legalBasis: 'Legal Basis',
    attendance: 'Attendance',
    agenda: 'Agenda',
    discussion: 'Discussion Summary',
    polls: 'Poll Results',
    consensus: 'Agreements',
    followUp: 'Follow-up Plan',
    survey: 'Public Satisfaction Survey Result',
    photos: 'Documentation',
    signatures: 'Signatures',
    appendix: 'Appendix: Attendance List',
  },
  legalBasis: [
    'Law Number 25 of 2009 on Public Services (UU 25/2009 tentang Pelayanan Publik);',
    'Government Regulation Number 96 of 2012 on the Implementation of Law Number 25 of 2009 on Public Services (PP 96/2012);',
    'Regulation of the Minister of State Apparatus Empowerment and Bureaucratic Reform Number 16 of 2017 on Guidelines for Public Consultation Forums (PermenPAN-RB 16/2017);',
    'Regulation of the Minister of State Apparatus Empowerment and Bureaucratic Reform Number 14 of 2017 on Guidelines for Public Satisfaction Surveys (PermenPAN-RB 14/2017).',
  ],
  attendance: {
    total: (count) => `Attendees: ${count} people.`,
    byMode: (room, online) => `In the room: ${room}; online: ${online}.`,
    verified: (count) => `Verified attendance (checked in in the room or confirmed by staff): ${count} people.`,
    category: 'Stakeholder category',
    room: 'In the room',
    online: 'Online',
    sum: 'Total',
    name: 'Name',
    institution: 'Institution/organisation',
    mode: 'Attendance',
    joinedAt: 'Joined at',
  },
  agenda: { item: 'Agenda item', time: 'Time', empty: 'No agenda was recorded.' },
  discussion: {
    outsideAgenda: 'Outside the agenda',
    question: 'Question/input',
    askedBy: 'Asked by',
    anonymous: 'Anonymous',
    upvotes: 'Support',
    status: 'Status',
    answered: 'Answered',
    notAnswered: 'Not answered',
    reply: 'Reply',
    empty: 'No questions or input were shown in the forum.',
  },
  polls: {
    question: 'Question',
    type: 'Type',
    respondents: (count) => `${count} respondents`,
    average: (value) => `Average score: ${value}`,
    option: 'Option/answer',
    value: 'Value',
    valueKind: { count: 'respondents', borda: 'ranking score', 'average-position': 'average position' },
    lowerIsBetter: 'Average position: lower is better.',
    answers: 'Answers',
    noAnswers: 'No answers yet.',
    empty: 'The forum held no polls.',
  },
  consensus: {
    item: (n) => `Agreement ${n}`,
    agendaItem: 'Agenda item',
    signals: (agree, disagree, abstain) => `Agree: ${agree}; disagree: ${disagree}; abstain: ${abstain}.`,
    text: 'Agreement',
    agree: 'Agree',
    disagree: 'Disagree',
    abstain: 'Abstain',
    action: 'Follow-up action',
    responsibleUnit: 'Responsible unit',
    deadline: 'Deadline/time frame',
    status: 'Status',
    empty: 'The forum reached no agreements.',
  },
  survey: {
    respondents: (count) => `Respondents: ${count}.`,
    code: 'Code',
    element: 'Service element',
    mean: 'Mean score',
    ikm: 'Public Satisfaction Index (1–4 scale)',
    converted: 'Converted index (25–100 scale)',
    grade: 'Service quality',
    chartTitle: 'Mean score per service element (1–4 scale)',
    notAnswered: 'No public satisfaction survey was answered in this forum.',
  },
  photosEmpty: 'No documentation photos.',
  signatures: {
    closing: 'These minutes were drawn up truthfully, to be used as appropriate.',
    placeDate: (city, date) => `${city}, ${date}`,
    signedAt: (dateTime) => `Signed ${dateTime}`,
    notSigned: 'not signed yet',
    side: { provider: 'Service provider', public: 'Public representative' },
  },
  official: {
    number: (number) => `Number: ${number ?? '(assigned when final)'}`,
    opening: ({ date, time, place, title, unitName }) =>
      `On this day, ${date.weekday} the ${date.day} of ${date.month} in the year ${date.year}, at ${time}, at ${place}, ` +
      `${unitName} held the Public Consultation Forum "${title}", with the results set out below.`,
    acknowledging: 'Acknowledged by,',
    nip: (nip) => `NIP ${nip ?? '.............................'}`,
    wetSignature: '(signature in ink)',
    blankName: '(.........................................)',
    headSide: 'Service provider',
  },
  record: {
    questionsHeading: 'Questions and input per stakeholder category',
    summary: (asked, rejected, withdrawn) =>
      `Questions and input submitted: ${asked}; not shown (rejected by the moderator): ${rejected}; withdrawn by the person asking: ${withdrawn}.`,
    asked: 'Submitted',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
    hiddenHeading: 'Rejected or withdrawn questions and input',
    hiddenStatus: { rejected: 'Rejected', withdrawn: 'Withdrawn' },
    speakersHeading: 'Attendees who took the floor',
    minutes: 'Duration (minutes)',
    noSpeakers: 'Nobody took the floor.',
    noQuestions: 'No questions or input were submitted.',
  },
  yes: 'Yes',
  no: 'No',
  exports: {
    attendanceSheet: 'Attendance',
    questionsSheet: 'Questions',
    pollsSheet: 'Polls',
    consensusSheet: 'Agreements',
    poll: 'Poll',
    respondents: 'Respondents',
    average: 'Average',
    measure: 'Value meaning',
  },
  category: {
    service_user: 'Service user',
    service_provider: 'Service provider',
    academic: 'Academic/expert',
    civil_society: 'Civil-society organisation',
    community_figure: 'Community figure',
    media: 'Media',
    government: 'Other government unit',
    other: 'Other',
  },
  attendanceMode: { room: 'In the room', online: 'Online' },
  forumMode: { room: 'In person', online: 'Online', hybrid: 'Hybrid (in person and online)' },
  pollType: {
    single: 'Single choice',
    multiple: 'Multiple choice',
    rating: 'Rating (scale)',
    wordcloud: 'Word cloud',
    open: 'Open text',
    ranking: 'Ranking',
  },
  followUpStatus: { planned: 'Planned', in_progress: 'In progress', done: 'Done', dropped: 'Dropped' },
  surveyElement: {
    U1: 'Requirements',
    U2: 'Systems, mechanisms and procedures',
    U3: 'Completion time',
    U4: 'Fees/tariffs',
    U5: 'Service product specifications',
    U6: 'Staff competence',
    U7: 'Staff conduct',
    U8: 'Handling of complaints, suggestions and input',
    U9: 'Facilities and infrastructure',
  },
  grade: { A: 'Very good', B: 'Good', C: 'Poor', D: 'Not good' },
};

const STRINGS: Record<DocumentLanguage, DocumentStrings> = { id, en };

export function documentStrings(language: DocumentLanguage): DocumentStrings {
  return STRINGS[language];
}
