import type { ConsensusSignal as ConsensusSignalValue } from '@mufakat/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ConsensusItem } from './consensus-item.entity';
import { Participant } from './participant.entity';

/** One attendee's agree / disagree / abstain on one item; the primary key keeps it to one each. */
@Entity('consensus_signals')
@Index(['participantId'])
export class ConsensusSignal {
  @PrimaryColumn({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @ManyToOne(() => ConsensusItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: ConsensusItem;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  @Column({ type: 'varchar', length: 16 })
  signal: ConsensusSignalValue;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
