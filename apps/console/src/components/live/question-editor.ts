import type { ModerationDecision, StaffQuestionStatus } from '@mufakat/contracts';

/** The one in-place form open in the questions tab, if any. */
export interface QuestionEditor {
  questionId: string;
  kind: 'edit' | 'reply' | 'reject';
}

export interface QuestionHandlers {
  onModerate: (questionId: string, decision: ModerationDecision, reason?: string) => void;
  onEditText: (questionId: string, text: string) => void;
  onSetStatus: (questionId: string, status: StaffQuestionStatus) => void;
  /** Pins the question as "now discussing" (unpinning any other), or unpins it. */
  onPin: (questionId: string, pinned: boolean) => void;
  /** Empty text removes the reply. */
  onReply: (questionId: string, text: string) => void;
  onOpenEditor: (editor: QuestionEditor) => void;
  onCloseEditor: () => void;
}
