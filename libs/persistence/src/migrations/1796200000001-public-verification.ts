import { MigrationInterface, QueryRunner } from 'typeorm';

/** A public short code per document version (the address on its pages), and lookups by the files' SHA-256. */
export class PublicVerification1796200000001 implements MigrationInterface {
  name = 'PublicVerification1796200000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "document_versions" ADD "public_code" character varying(16)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_document_versions_public_code" ON "document_versions" ("public_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_document_versions_pdf_sha256" ON "document_versions" ("pdf_sha256") `);
    await queryRunner.query(`CREATE INDEX "IDX_document_versions_docx_sha256" ON "document_versions" ("docx_sha256") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_document_versions_docx_sha256"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_document_versions_pdf_sha256"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_document_versions_public_code"`);
    await queryRunner.query(`ALTER TABLE "document_versions" DROP COLUMN "public_code"`);
  }
}
