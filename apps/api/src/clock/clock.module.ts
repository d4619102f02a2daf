import { Global, Module } from '@nestjs/common';
import { CLOCK, systemClock } from './clock';

/** The clock every feature reads; tests replace its `now`. */
@Global()
@Module({ providers: [{ provide: CLOCK, useValue: { now: systemClock.now } }], exports: [CLOCK] })
export class ClockModule {}
