import { randomBytes } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { compare, hash } from 'bcryptjs';

/** Cost of every stored hash (about 150 ms on the machines we measured). */
export const BCRYPT_ROUNDS = 11;

/** Hashing and checking staff passwords, with the same work whether or not the account exists. */
@Injectable()
export class PasswordHasher implements OnModuleInit {
  /**
   * A real hash, at the same cost, of a secret nobody knows: a login for an unknown email is compared against it,
   * so it takes as long as a wrong password for a known one. Made once, in the background at start.
   */
  private dummy: Promise<string> | null = null;

  onModuleInit(): void {
    void this.dummyHash();
  }

  hash(password: string): Promise<string> {
    return hash(password, BCRYPT_ROUNDS);
  }

  /** False for a missing hash too, after the same bcrypt work as a real comparison. */
  async verify(password: string, passwordHash: string | null): Promise<boolean> {
    const matches = await compare(password, passwordHash ?? (await this.dummyHash()));
    return passwordHash !== null && matches;
  }

  dummyHash(): Promise<string> {
    this.dummy ??= hash(randomBytes(24).toString('base64url'), BCRYPT_ROUNDS);
    return this.dummy;
  }
}
